from h import *
rng=np.random.default_rng(218); d,m=4,6; x=rng.normal(size=d)*.5; w=rng.normal(size=(m,d))*.5
X=T(x); run('c218_performer', {r'\mathbf{x}':x,r'\omega':w}, (torch.exp(-X.norm()**2/2)/np.sqrt(m)*torch.exp(T(w)@X)).numpy(), fn=r'\phi')
