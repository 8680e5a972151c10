from h import *
rng=np.random.default_rng(1504); D_=5; x=rng.normal(size=D_)*3; g,b=rng.normal(size=D_),rng.normal(size=D_); eps=1e-5
exp=torch.nn.functional.layer_norm(T(x),(D_,),T(g),T(b),eps=eps)
run('c1504_wiki_layernorm', {'x':x, r'\gamma':g, r'\beta':b, r'\epsilon':eps}, exp.numpy(), fn='y')
