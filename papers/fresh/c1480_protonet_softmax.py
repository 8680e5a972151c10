from h import *
rng=np.random.default_rng(1480); K,M=4,3; f=rng.normal(size=M); C=rng.normal(size=(K,M))
dd=np.sum((f-C)**2,axis=1); e=np.exp(-dd)
run('c1480_protonet_softmax', {r'f_\phi(\mathbf{x})':f, r'\mathbf{c}':C}, e/e.sum(), fn=r'p_\phi')
