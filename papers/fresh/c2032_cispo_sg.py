from h import *
rng=np.random.default_rng(2032); G,Tn=3,5
r=np.exp(rng.normal(0,.4,(G,Tn))); lp=rng.normal(-1,.5,(G,Tn)); A=rng.normal(size=(G,Tn)); L=np.array([5,2,3]); lo,hi=1.0,0.28
m=(np.arange(Tn)[None,:]<L[:,None]).astype(float)
J=(np.clip(r,1-lo,1+hi)*A*lp*m).sum()/L.sum()
run('c2032_cispo_sg', {r'r_{i,t}(\theta)':r, r'\log \pi_\theta(o_{i,t} | q, o_{i,<t})':lp, r'\hat{A}_{i,t}':A, 'o':L, r'\epsilon^{IS}_{low}':lo, r'\epsilon^{IS}_{high}':hi}, J, fn=r'\mathcal{J}_{CISPO}')
