from h import *
rng=np.random.default_rng(1324); N,C=6,4; x=np.log(rng.dirichlet(np.ones(C),size=N)); y=rng.integers(0,C,N); w=rng.uniform(0.2,2,C)
exp=torch.nn.functional.nll_loss(T(x),torch.tensor(y),weight=T(w),reduction='mean')
run('c1324_torch_nll_mean', {'x':x,'y':y,'w':w}, exp.numpy(), fn=r'\ell')
