from h import *
rng=np.random.default_rng(215); m=10; x=rng.normal(size=m)*3+1
mu,sg,rmax,dmax,g,b,eps=0.2,1.5,3.0,0.5,1.3,-0.2,1e-3
X=T(x); mb=X.mean(); sb=(eps+((X-mb)**2).mean()).sqrt()
r=torch.clamp(sb/sg,1/rmax,rmax); d=torch.clamp((mb-mu)/sg,-dmax,dmax)
run('c215_batch_renorm', {'x':x,r'\mu':mu,r'\sigma':sg,'r_{max}':rmax,'d_{max}':dmax,r'\gamma':g,r'\beta':b,r'\epsilon':eps}, (g*((X-mb)/sb*r+d)+b).numpy(), fn='y')
