from h import *
rng=np.random.default_rng(260); n=5; x=rng.normal(size=n); sf,l,sn=1.3,0.8,0.1
X=T(x); run('c260_se_kernel_gram', {'x':x,r'\sigma_f':sf,r'\ell':l,r'\sigma_n':sn}, (sf**2*torch.exp(-(X[:,None]-X[None,:])**2/(2*l*l))+sn**2*torch.eye(n)).numpy(), fn='K')
