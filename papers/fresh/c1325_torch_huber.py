from h import *
rng=np.random.default_rng(1325); N=8; x,y=rng.normal(size=N)*2,rng.normal(size=N); dl=0.7
exp=torch.nn.functional.huber_loss(T(x),T(y),reduction='none',delta=dl)
run('c1325_torch_huber', {'x':x,'y':y,'delta':dl}, exp.numpy(), fn='l_n')
