from h import *
rng=np.random.default_rng(1450); T_,d=8,4; be=np.linspace(0.01,0.2,T_); x0,eps=rng.normal(size=d),rng.normal(size=d)
ab=np.cumprod(1-be)   # ab[t-1] = prod_{s=1}^{t} alpha_s
run('c1450_annotated_diffusion', {r'\beta':be, r'\mathbf{x}_0':x0, r'\mathbf{\epsilon}':eps}, np.sqrt(ab)[:,None]*x0+np.sqrt(1-ab)[:,None]*eps, fn=r'\mathbf{x}')
