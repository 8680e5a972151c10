from h import *
rng=np.random.default_rng(1339); N,D=5,3; x=rng.normal(size=(N,D))
run('c1339_bishop_self_attention', {r'\mathbf{x}':x}, (torch.softmax(T(x)@T(x).T,-1)@T(x)).numpy(), fn=r'\mathbf{y}')
