from h import *
rng=np.random.default_rng(1048); u=rng.uniform(size=7); s=0.81
run('c1048_sd3_mode', {'u':u,'s':s}, 1-u-s*(np.cos(np.pi/2*u)**2-1+u), fn=r'f_{\text{mode}}')
