from h import *
rng=np.random.default_rng(2033); G,Tn=4,5
p=np.exp(rng.normal(-1,.3,(G,Tn))); po=p*np.exp(rng.normal(0,.15,(G,Tn))); A=rng.normal(size=(G,Tn)); L=np.array([5,3,1,4]); eps=0.05
m=(np.arange(Tn)[None,:]<L[:,None]).astype(float)
s=np.exp((np.log(p/po)*m).sum(1)/L); st=s[:,None]*np.ones((G,Tn))
v=np.minimum(st*A,np.clip(st,1-eps,1+eps)*A)
J=((v*m).sum(1)/L).mean()
run('c2033_gspo_token_sg', {r'\pi_\theta(y_{i,t} | x, y_{i,<t})':p, r'\pi_{\theta_{old}}(y_{i,t} | x, y_{i,<t})':po, r'\hat{A}_{i,t}':A, 'y':L, r'\varepsilon':eps}, J, fn=r'\mathcal{J}_{\text{GSPO-token}}')
