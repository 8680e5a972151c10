from h import *
rng=np.random.default_rng(1159); G,L=3,5; pt,pr=rng.uniform(0.05,1,(G,L)),rng.uniform(0.05,1,(G,L)); r=pr/pt
run('c1159_grpo_kl', {r'\pi_{\theta}(o_{i,t}|q, o_{i,<t})':pt,r'\pi_{ref}(o_{i,t}|q, o_{i,<t})':pr}, r-np.log(r)-1)
