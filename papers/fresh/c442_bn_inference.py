from h import *
rng=np.random.default_rng(442); N,C,H,W=2,3,2,4; x=rng.normal(size=(N,C,H,W)); m=rng.normal(size=C); v=rng.random(C)+0.5; g=rng.normal(size=C); b=rng.normal(size=C)
ref=torch.nn.functional.batch_norm(T(x),T(m),T(v),T(g),T(b),training=False,eps=1e-5)
run('c442_bn_inference', {'x':x,r'\mathrm{E}[x]':m,r'\mathrm{Var}[x]':v,r'\gamma':g,r'\beta':b}, ref.numpy(), fn='y')
