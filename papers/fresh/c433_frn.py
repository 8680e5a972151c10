from h import *
rng=np.random.default_rng(433); x=rng.normal(size=12)*3; g,b,tau=1.5,-0.2,0.1; X=T(x)
y=g*X/((X**2).mean()+1e-6).sqrt()+b
run('c433_frn', {'x':x,r'\gamma':g,r'\beta':b,r'\tau':tau}, torch.maximum(y,torch.tensor(tau)).numpy(), fn='z')
