from h import *
rng=np.random.default_rng(1475); M,n,mu=5,6,4; om=rng.random((M,n)); De=rng.normal(size=(M,n)); th,tt=rng.normal(size=n),rng.normal(size=n); L,c,xi=0.5,0.1,0.01
Om=np.sum(om[:mu-1]/(De[:mu-1]**2+xi),axis=0)   # tasks nu = 1..mu-1
run('c1475_si_surrogate', {r'\omega':om, r'\Delta':De, r'\theta':th, r'\tilde{\theta}':tt, r'L_\mu':L, 'c':c, r'\xi':xi}, L+c*np.sum(Om*(tt-th)**2), fn=r'\tilde{L}_\mu')
