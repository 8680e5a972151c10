from h import *
rng=np.random.default_rng(1985); V=5; P=rng.dirichlet(np.ones(V)); Q=rng.dirichlet(np.ones(V)); b=0.3
M=b*P+(1-b)*Q; kl=lambda a,c: np.sum(a*np.log(a/c))
run('c1985_gkd_jsd', {'P':P,'Q':Q,r'\beta':b}, b*kl(P,M)+(1-b)*kl(Q,M), fn=r'D_{JSD(\beta)}')
