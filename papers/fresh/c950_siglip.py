from h import *
rng=np.random.default_rng(950); n,d=4,3
x=rng.normal(size=(n,d)); y=rng.normal(size=(n,d)); t,b=2.0,-1.5
z=2*torch.eye(n)-1
out=-torch.log(1/(1+torch.exp(z*(-t*T(x)@T(y).T+b)))).sum()/n
run('c950_siglip', {r'\mathbf{x}':x, r'\mathbf{y}':y, 't':t, 'b':b}, out.numpy(), fn=r'\mathcal{L}')
