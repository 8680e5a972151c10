from h import *
rng=np.random.default_rng(332); d=5; z,v=rng.normal(size=d),rng.normal(size=d); a=np.cos(0.6); s=np.sin(0.6)
inp={'z_t':z,r'\hat{v}':v,r'\alpha_t':a,r'\sigma_t':s}
run('c332_eps_from_v', inp, a*z-s*v, fn=r'\hat{x}')
run('c332_eps_from_v', inp, s*z+a*v, fn=r'\hat{\epsilon}')
