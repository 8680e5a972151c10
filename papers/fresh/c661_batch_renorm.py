from h import *
rng=np.random.default_rng(661); m=8; x=rng.normal(size=m)*2+0.5; mu,sig,rmax,dmax,g,b,eps=0.1,0.9,1.5,0.3,1.2,-0.4,1e-3
X=T(x); mb=X.mean(); sb=(eps+((X-mb)**2).mean()).sqrt()
r=torch.clamp(sb/sig,1/rmax,rmax); d=torch.clamp((mb-mu)/sig,-dmax,dmax)
run('c661_batch_renorm', {'x':x,r'\mu':mu,r'\sigma':sig,r'r_{\max}':rmax,r'd_{\max}':dmax,r'\gamma':g,r'\beta':b,r'\epsilon':eps},
    (g*((X-mb)/sb*r+d)+b).numpy(), fn='y')
