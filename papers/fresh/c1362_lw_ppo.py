from h import *
rng=np.random.default_rng(1362); B=8; r=rng.random(B)*1.0+.5; A=rng.normal(size=B); eps=0.2
run('c1362_lw_ppo', {r'r(\theta)':r, r'\hat{A}_{\theta_\text{old}}(s, a)':A, r'\epsilon':eps}, np.array(np.minimum(r*A,np.clip(r,1-eps,1+eps)*A).mean()), fn='J^\\text{CLIP}')
