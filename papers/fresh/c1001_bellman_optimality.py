from h import *
rng=np.random.default_rng(1001); ns,na=4,3; P=rng.dirichlet(np.ones(ns),size=(ns,na)); R=rng.normal(size=(ns,na,ns)); V=rng.normal(size=ns); g=0.9
e=(T(P)*(T(R)+g*T(V))).sum(2).amax(1)
run('c1001_bellman_optimality', {'p':P,'r':R,'v_k':V,r'\gamma':g}, e.numpy(), fn='v_{k+1}')
