from h import *
rng=np.random.default_rng(1533); N=10; hh=rng.normal(size=N); Tt=rng.permutation(N).astype(float)+1; E=rng.integers(0,2,N).astype(float); E[0]=1
h,t,e=T(hh),T(Tt),T(E)
risk=torch.stack([torch.logsumexp(h[t>=t[i]],0) for i in range(N)])
run('c1533_deepsurv', {r'\hat{h}_\theta(x)':hh,'T':Tt,'E':E}, (-(e*(h-risk)).sum()/e.sum()).numpy(), fn='l')
