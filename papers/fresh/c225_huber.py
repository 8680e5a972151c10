from h import *
rng=np.random.default_rng(225); a=rng.normal(size=8)*2; dl=1.0
A=T(a); exp=torch.where(A.abs()<=dl,0.5*A**2,dl*(A.abs()-0.5*dl))
run('c225_huber', {'a':a,r'\delta':dl}, exp.numpy(), fn=r'L_\delta')
