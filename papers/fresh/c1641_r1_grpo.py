from h import *
# std: the paper does not say; the population std (eqc's documented reading, W0262) is used here
rng=np.random.default_rng(1641); G=6; p=rng.uniform(0.1,0.9,size=G); po=np.clip(p*rng.uniform(0.7,1.3,size=G),0.05,0.95); pr=rng.uniform(0.1,0.9,size=G); r=rng.integers(0,2,size=G).astype(float); r[0]=1; r[1]=0
P,Po,Pr,R=T(p),T(po),T(pr),T(r)
A=(R-R.mean())/R.std(unbiased=False); ratio=P/Po
kl=Pr/P-torch.log(Pr/P)-1
J=(torch.minimum(ratio*A,torch.clamp(ratio,0.8,1.2)*A)-0.04*kl).mean()
run('c1641_r1_grpo', {r'\pi_\theta(o_i|q)':p, r'\pi_{\theta_{old}}(o_i|q)':po, r'\pi_{ref}(o_i|q)':pr, 'r':r}, J.numpy(), fn=r'\mathcal{J}_{GRPO}')
