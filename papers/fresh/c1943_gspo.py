from h import *
rng=np.random.default_rng(1943); G,Tn=4,5
lp=rng.normal(-1,0.3,size=(G,Tn)); lo=lp+rng.normal(0,0.2,size=(G,Tn)); A=rng.normal(size=G); eps=0.1
L=np.array([5,3,4,2]); m=np.arange(Tn)[None,:]<L[:,None]; s=np.exp(((lp-lo)*m).sum(1)/L); J=np.minimum(s*A,np.clip(s,1-eps,1+eps)*A).mean()
run('c1943_gspo', {r'\pi_\theta(y_{i,t} \mid x, y_{i,<t})':np.exp(lp), r'\pi_{\theta_\text{old}}(y_{i,t} \mid x, y_{i,<t})':np.exp(lo), r'\hat{A}_i':A, r'\varepsilon':eps, 'y':L}, J, fn=r'\mathcal{J}_\text{GSPO}', dims={'T':Tn})
