from h import *
rng=np.random.default_rng(1825); n,d=8,3; ph=rng.normal(size=(n+1,d)); R=rng.normal(size=n); g=0.9
A=sum(np.outer(ph[t],ph[t]-g*ph[t+1]) for t in range(n))/n; b=sum(R[t]*ph[t] for t in range(n))/n
run('c1825_szepesvari_lstd', {r'\varphi':ph, 'R':R, r'\gamma':g}, np.linalg.solve(A,b), fn=r'\theta_n')
