from h import *
rng=np.random.default_rng(1424); d=4
x,F=rng.normal(size=d),rng.normal(size=d); t,eps,sd=1.3,0.002,0.5
cs=sd**2/((t-eps)**2+sd**2); co=sd*(t-eps)/np.sqrt(sd**2+t**2)
run('c1424_consistency_param', {r'\mathbf{x}':x,r'F_\theta(\mathbf{x}, t)':F,'t':t,r'\epsilon':eps}, cs*x+co*F, fn=r'f_\theta')
