from h import *
rng=np.random.default_rng(1267); B,D=5,3; x=rng.normal(size=(B,D)); s=0.5; xt=x+s*rng.normal(size=(B,D)); sc=rng.normal(size=(B,D))
run('c1267_dsm', {r'\mathbf{x}':x,r'\tilde{\mathbf{x}}':xt,r'\mathbf{s}_\theta(\tilde{\mathbf{x}}, \sigma)':sc,r'\sigma':s}, np.array(0.5*((sc+(xt-x)/s**2)**2).sum(1).mean()))
