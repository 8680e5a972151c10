from h import *
rng=np.random.default_rng(1989); N=8; I=np.array([1,0,1,0,0,1,0,0.]); lp=-rng.uniform(0.1,3,size=N); k=37.5
run('c1989_rho1_slm', {r'I_{k\%}(x_i)':I, r'\log P(x_i | x_{<i}; \theta)':lp, 'k':k}, -np.sum(I*lp)/(N*k/100), fn=r'\mathcal{L}_{\text{SLM}}')
