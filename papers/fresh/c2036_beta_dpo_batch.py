from h import *
rng=np.random.default_rng(2036); B=5
rw=rng.normal(1,.5,B); rl=rng.normal(0,.5,B); a,b0,M0=0.6,0.1,0.3
run('c2036_beta_dpo_batch', {r'r(y_w^{(i)}; x^{(i)})':rw, r'r(y_l^{(i)}; x^{(i)})':rl, r'\alpha':a, r'\beta_0':b0, 'M_0':M0}, (1+a*((rw-rl).mean()-M0))*b0, fn=r'\beta_{\text{batch}}')
