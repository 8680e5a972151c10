from h import *
rng=np.random.default_rng(1503); m,d=6,3; X=rng.normal(size=(m,d))*2+1; g,b=rng.normal(size=d),rng.normal(size=d); eps=1e-5
exp=torch.nn.functional.batch_norm(T(X),None,None,T(g),T(b),training=True,eps=eps)
run('c1503_wiki_batchnorm', {'X':X, r'\gamma':g, r'\beta':b, r'\epsilon':eps}, exp.numpy(), fn='y')
