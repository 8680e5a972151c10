from h import *
rng=np.random.default_rng(469); T_=6; pi,mu=rng.uniform(0.05,1,size=T_),rng.uniform(0.05,1,size=T_); lam=0.9
run('c469_retrace_trace', {r'\pi':pi,r'\mu':mu,r'\lambda':lam}, (lam*torch.clamp(T(pi)/T(mu),max=1)).numpy(), fn='c')
