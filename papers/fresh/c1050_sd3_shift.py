from h import *
rng=np.random.default_rng(1050); tn=rng.uniform(size=6); m,n=1024.0**2,256.0**2
a=np.sqrt(m/n)
run('c1050_sd3_shift', {'t_n':tn,'m':m,'n':n}, a*tn/(1+(a-1)*tn), fn='t_m')
