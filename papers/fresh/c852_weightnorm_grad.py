from h import *
rng=np.random.default_rng(852); k=5; gw=rng.normal(size=k); v=rng.normal(size=k); g=1.3
# reference by autograd through w = g v / ||v||
V=T(v).requires_grad_(); G=torch.tensor(g,requires_grad=True); w=G*V/V.norm(); (w*T(gw)).sum().backward()
run('c852_weightnorm_grad', {r'\nabla_{\mathbf{w}} L':gw, r'\mathbf{v}':v, 'g':g},
    {r'\nabla_g L':G.grad.numpy(), r'\nabla_{\mathbf{v}} L':V.grad.numpy()}, fn=[r'\nabla_g L', r'\nabla_{\mathbf{v}} L'])
