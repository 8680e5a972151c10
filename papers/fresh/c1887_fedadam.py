from h import *
rng=np.random.default_rng(1887); S,d=4,3; Dl=rng.normal(size=(S,d)); m=rng.normal(size=d); v=rng.uniform(size=d); x=rng.normal(size=d)
Dt=Dl.mean(0); mt=0.9*m+0.1*Dt; vt=0.99*v+0.01*Dt**2
run('c1887_fedadam', {r'\Delta^t':Dl,'m_{t-1}':m,'v_{t-1}':v,'x_t':x}, x+0.1*mt/(np.sqrt(vt)+0.001), fn='x_{t+1}')
