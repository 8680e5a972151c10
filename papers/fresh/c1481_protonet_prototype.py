from h import *
rng=np.random.default_rng(1481); N,M,K=9,3,3; f=rng.normal(size=(N,M)); y=np.arange(N)%K; S=(y[None,:]==np.arange(K)[:,None]).astype(float)
run('c1481_protonet_prototype', {r'f_\phi(\mathbf{x})':f, 'S':S}, (S@f)/S.sum(1,keepdims=True), fn=r'\mathbf{c}')
