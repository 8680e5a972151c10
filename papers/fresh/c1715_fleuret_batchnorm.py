from h import *
rng=np.random.default_rng(1715); B,D=6,3; x=rng.normal(size=(B,D)); g=rng.normal(size=D); b=rng.normal(size=D); e=1e-5
z=(x-x.mean(0))/np.sqrt(x.var(0)+e)
run('c1715_fleuret_batchnorm', {'x':x,r'\gamma':g,r'\beta':b,r'\epsilon':e}, g*z+b, fn='y')
