from h import *
rng=np.random.default_rng(1669); N=9; g=rng.normal(size=N); r=rng.normal(size=N)+1
run('c1669_cs285_optimal_baseline', {r'g(\tau)':g, r'r(\tau)':r}, np.mean(g**2*r)/np.mean(g**2), fn='b')
