from h import *
rng=np.random.default_rng(644); D=4
x,F=rng.normal(size=D),rng.normal(size=D); t=1.3; sd=0.5; ep=0.002
cs=sd**2/((t-ep)**2+sd**2); co=sd*(t-ep)/np.sqrt(sd**2+t**2)
run('c644_consistency_param', {r'\mathbf{x}':x, r'F_\theta(\mathbf{x}, t)':F, 't':t}, cs*x+co*F, fn=r'f_\theta')
