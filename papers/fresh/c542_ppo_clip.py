from h import *
rng=np.random.default_rng(542); n=7; r=np.exp(rng.normal(scale=0.4,size=n)); A=rng.normal(size=n); eps=0.2
R,AA=T(r),T(A)
run('c542_ppo_clip', {'r':r,r'\hat{A}':A,r'\epsilon':eps}, torch.min(R*AA,R.clamp(1-eps,1+eps)*AA).mean().numpy(), fn='L^{CLIP}')
