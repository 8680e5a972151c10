from h import *
rng=np.random.default_rng(1349); B=8; p=rng.random(B)+.1; po=rng.random(B)+.1; A=rng.normal(size=B); eps=0.2
r=p/po; e=np.minimum(r*A, np.where(A>=0,(1+eps)*A,(1-eps)*A))
run('c1349_su_ppo_g', {r'\pi_{\theta}(a|s)':p, r'\pi_{\theta_k}(a|s)':po, r'A^{\pi_{\theta_k}}(s,a)':A, r'\epsilon':eps}, e, fn='L')
