from h import *
rng=np.random.default_rng(1620); D,T=4,10; x=rng.normal(size=D); e=rng.normal(size=D); beta=np.linspace(1e-2,0.2,T); t=6
a=np.prod(1-beta[:t])
run('c1620_prince_diffusion_marginal', {r'\mathbf{x}':x, r'\boldsymbol\epsilon':e, r'\beta':beta, 't':t}, np.sqrt(a)*x+np.sqrt(1-a)*e, fn=r'\mathbf{z}_t')
