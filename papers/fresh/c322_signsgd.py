from h import *
rng=np.random.default_rng(322); d=6; x,g=rng.normal(size=d),rng.normal(size=d); dl=0.01
run('c322_signsgd', {'x_k':x,r'\tilde{g}_k':g,r'\delta':dl}, (T(x)-dl*torch.sign(T(g))).numpy(), fn='x_{k+1}')
