from h import *
rng=np.random.default_rng(1323); N,C=6,4; x=rng.normal(size=(N,C)); y=rng.integers(0,C,N); w=rng.uniform(0.2,2,C)
exp=torch.nn.functional.cross_entropy(T(x),torch.tensor(y),weight=T(w),reduction='none')
run('c1323_torch_cross_entropy', {'x':x,'y':y,'w':w}, exp.numpy(), fn='l_n')
