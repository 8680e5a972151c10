from h import *
rng=np.random.default_rng(439); N,d=5,4; x=rng.normal(size=(N,d)); s=rng.normal(size=(N,d)); lam=rng.normal(size=d)*0.1
run('c439_layerscale', {'x_l':x,'s_l':s,r'\lambda_l':lam}, (T(x)+T(s)*T(lam)).numpy(), fn="x'_l")
