from h import *
rng=np.random.default_rng(1999); d=4; x0=rng.normal(size=d); z=rng.normal(size=d)*0.5; t=0.7
run('c1999_trigflow', {r'\boldsymbol{x}_0':x0, r'\boldsymbol{z}':z, 't':t}, np.cos(t)*z-np.sin(t)*x0, fn=r'\boldsymbol{v}_t')
