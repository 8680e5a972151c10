from h import *
rng=np.random.default_rng(719); d=5
x,ga,be=rng.normal(size=d),rng.normal(size=d),rng.normal(size=d); eps=1e-5
X=T(x).requires_grad_(); y=T(ga)*(X-X.mean())/torch.sqrt(X.var(unbiased=False)+eps)+T(be); (y**2).sum().backward()
run('c719_grad_layernorm_input', {'x':x,r'\gamma':ga,r'\beta':be,r'\epsilon':eps}, X.grad.numpy(), fn='g')
