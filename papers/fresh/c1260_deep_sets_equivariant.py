from h import *
rng=np.random.default_rng(1260); M=5; x=rng.normal(size=M); la,ga=0.7,-0.3
run('c1260_deep_sets_equivariant', {r'\mathbf{x}':x,r'\lambda':la,r'\gamma':ga}, torch.sigmoid(T(la*x+ga*x.sum())).numpy(), fn=r'\mathbf{f}')
