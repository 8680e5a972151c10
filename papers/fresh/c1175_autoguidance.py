from h import *
rng=np.random.default_rng(1175); n=6; d1,d0=rng.normal(size=n),rng.normal(size=n); w=2.5
run('c1175_autoguidance', {r'D_1(\boldsymbol{x}; \sigma)':d1,r'D_0(\boldsymbol{x}; \sigma)':d0,'w':w}, w*d1+(1-w)*d0)
