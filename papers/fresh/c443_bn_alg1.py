from h import *
rng=np.random.default_rng(443); m,d=6,3; x=rng.normal(size=(m,d))*2+1; g=rng.normal(size=d); b=rng.normal(size=d)
ref=torch.nn.functional.batch_norm(T(x),None,None,T(g),T(b),training=True,eps=1e-5)
run('c443_bn_alg1', {'x':x,r'\gamma':g,r'\beta':b}, ref.numpy(), fn='y')
