from h import *
rng=np.random.default_rng(10); d=8; x=rng.normal(size=d); m=3.0
th=10000.0**(-2*torch.arange(d//2)/d)
X=T(x); a,b=X[0::2],X[1::2]
y=torch.empty(d); y[0::2]=a*torch.cos(m*th)-b*torch.sin(m*th); y[1::2]=a*torch.sin(m*th)+b*torch.cos(m*th)
run('c65_rope_noparen', dict(x=x,m=m), y.numpy())
