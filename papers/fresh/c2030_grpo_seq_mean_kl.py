from h import *
rng=np.random.default_rng(2030); G,Tn=4,6
p=np.exp(rng.normal(-1,.3,(G,Tn))); po=p*np.exp(rng.normal(0,.2,(G,Tn))); pr=p*np.exp(rng.normal(0,.2,(G,Tn)))
A=rng.normal(size=G); L=np.array([6,2,4,1]); eps,beta=0.2,0.04
m=(np.arange(Tn)[None,:]<L[:,None]).astype(float)
r=p/po; kl=pr/p-np.log(pr/p)-1
v=np.minimum(r*A[:,None],np.clip(r,1-eps,1+eps)*A[:,None])-beta*kl
J=((v*m).sum(1)/L).mean()
run('c2030_grpo_seq_mean_kl', {r'\pi_\theta(o_{i,t} | q, o_{i,<t})':p, r'\pi_{\theta_{old}}(o_{i,t} | q, o_{i,<t})':po, r'\pi_{ref}(o_{i,t} | q, o_{i,<t})':pr, r'\hat{A}_i':A, 'o':L, r'\epsilon':eps, r'\beta':beta}, J, fn=r'\mathcal{J}_{GRPO}')
