from h import *
rng=np.random.default_rng(905); na,ns=3,4; P=rng.dirichlet(np.ones(ns),size=(na,ns)); R=rng.normal(size=(na,ns,ns)); V=rng.normal(size=ns); g=0.9
e=(T(P)*(T(R)+g*T(V))).sum(2).amax(0)
run('c905_value_iteration', {r'\mathcal{P}':P,r'\mathcal{R}':R,'V_k':V,r'\gamma':g}, e.numpy(), fn='V_{k+1}')
