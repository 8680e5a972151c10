from h import *
rng=np.random.default_rng(906); na,ns=3,4; pi=rng.dirichlet(np.ones(na),size=ns); P=rng.dirichlet(np.ones(ns),size=(na,ns)); R=rng.normal(size=(na,ns,ns)); V=rng.normal(size=ns); g=0.9
q=(T(P)*(T(R)+g*T(V))).sum(2)  # na x ns
run('c906_policy_evaluation', {r'\pi':pi,r'\mathcal{P}':P,r'\mathcal{R}':R,'V_k':V,r'\gamma':g}, (T(pi)*q.T).sum(1).numpy(), fn='V_{k+1}')
