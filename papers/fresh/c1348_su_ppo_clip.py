from h import *
rng=np.random.default_rng(1348); B=8; p=rng.random(B)+.1; po=rng.random(B)+.1; A=rng.normal(size=B); eps=0.2
r=p/po; e=np.minimum(r*A, np.clip(r,1-eps,1+eps)*A)
run('c1348_su_ppo_clip', {r'\pi_{\theta}(a|s)':p, r'\pi_{\theta_k}(a|s)':po, r'A^{\pi_{\theta_k}}(s,a)':A, r'\epsilon':eps}, e, fn='L')
