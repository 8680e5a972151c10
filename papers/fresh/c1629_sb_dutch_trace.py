from h import *
rng=np.random.default_rng(1629); d=5; z0=rng.normal(size=d); x=rng.normal(size=d); w=rng.normal(size=d); w0=rng.normal(size=d); dl=0.3; a=0.1; g=0.9; l=0.8
z=g*l*z0+(1-a*g*l*(z0@x))*x
run('c1629_sb_dutch_trace', {r'\mathbf{z}_{t-1}':z0, r'\mathbf{x}_t':x, r'\mathbf{w}_t':w, r'\mathbf{w}_{t-1}':w0, r'\delta_t':dl, r'\alpha':a, r'\gamma':g, r'\lambda':l}, w+a*dl*z+a*(w@x-w0@x)*(z-x), fn=r'\mathbf{w}_{t+1}')
