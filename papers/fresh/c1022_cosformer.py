from h import *
rng=np.random.default_rng(1022); N,d=4,3; Qp=np.abs(rng.normal(size=(N,d))); Kp=np.abs(rng.normal(size=(N,d))); M=5.0
i=torch.arange(N)[:,None]; j=torch.arange(N)[None,:]
run('c1022_cosformer', {"Q'":Qp,"K'":Kp,'M':M}, (T(Qp)@T(Kp).T*torch.cos(np.pi/2*(i-j)/M)).numpy(), fn='s')
