from h import *
rng=np.random.default_rng(1650); d=6; z=rng.normal(size=d)*1.5
out=torch.round(2*torch.tanh(T(z)))
run('c1650_fsq', {'z':z}, out.numpy(), fn=r'\hat{z}')
