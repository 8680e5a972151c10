from h import *
rng=np.random.default_rng(335); d=5; x,s,z=rng.normal(size=d),rng.normal(size=d),rng.normal(size=d); a=0.01
run('c335_langevin', {r'\tilde{x}_{t-1}':x,'s':s,'z_t':z,r'\alpha_i':a}, x+a/2*s+np.sqrt(a)*z, fn=r'\tilde{x}_t')
