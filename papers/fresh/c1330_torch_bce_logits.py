from h import *
rng=np.random.default_rng(1330); N=7; x=rng.normal(size=N)*2; y=rng.uniform(size=N); w=rng.uniform(0.5,2,N)
exp=torch.nn.functional.binary_cross_entropy_with_logits(T(x),T(y),weight=T(w),reduction='none')
run('c1330_torch_bce_logits', {'x':x,'y':y,'w':w}, exp.numpy(), fn=r'\ell')
