from h import *
rng=np.random.default_rng(6); n,k=8,3
x,w=rng.normal(size=n),rng.normal(size=k)
exp=torch.nn.functional.conv1d(T(x)[None,None],T(w)[None,None])[0,0]
run('c06b_conv1d_decl', dict(x=x,w=w), exp.numpy())
