from h import *
rng=np.random.default_rng(2031); G,Tn=5,4
p=np.exp(rng.normal(-1,.3,(G,Tn))); po=p*np.exp(rng.normal(0,.25,(G,Tn))); R=rng.normal(size=G); L=np.array([4,1,3,2,4]); eps=0.2
m=(np.arange(Tn)[None,:]<L[:,None]).astype(float); A=(R-R.mean())[:,None]; r=p/po
J=((np.minimum(r*A,np.clip(r,1-eps,1+eps)*A)*m).sum())/G
run('c2031_dr_grpo_const_norm', {r'\pi_\theta(o_{i,t} | q, o_{i,<t})':p, r'\pi_{\theta_{old}}(o_{i,t} | q, o_{i,<t})':po, 'R(q, o_i)':R, 'o':L, r'\epsilon':eps}, J, fn=r'\mathcal{J}')
