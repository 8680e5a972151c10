from h import *
rng=np.random.default_rng(58); b,d=3,5; x=rng.normal(size=(b,d)); g,be=rng.normal(size=d),rng.normal(size=d)
exp=torch.nn.functional.layer_norm(T(x),(d,),T(g),T(be),1e-5)
run('c58b_ln_pytorch_paren', {'x':x,'\\gamma':g,'\\beta':be}, exp.numpy())
