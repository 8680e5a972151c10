from h import *
rng=np.random.default_rng(1326); N=8; x,y=rng.normal(size=N)*2,rng.normal(size=N); b=0.7
exp=torch.nn.functional.smooth_l1_loss(T(x),T(y),reduction='none',beta=b)
run('c1326_torch_smooth_l1', {'x':x,'y':y,'beta':b}, exp.numpy(), fn='l_n')
