from h import *
rng=np.random.default_rng(578); N=6
x=rng.normal(size=N); y=rng.integers(0,2,size=N).astype(float); w=rng.uniform(0.5,2,size=N); p=rng.uniform(0.5,3,size=N)
l=torch.nn.functional.binary_cross_entropy_with_logits(T(x),T(y),weight=T(w),pos_weight=T(p),reduction='none')
run('c578_bce_pos_weight', {'x':x,'y':y,'w':w,'p':p}, l.numpy(), fn=r'\ell')
