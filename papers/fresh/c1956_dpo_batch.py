from h import *
rng=np.random.default_rng(1956); B=5
a,b,c,d=(rng.uniform(0.05,0.9,size=B) for _ in range(4)); beta=0.3
h=beta*np.log(a/c)-beta*np.log(b/d)
run('c1956_dpo_batch', {r'\pi_\theta(y_w \mid x)':a, r'\pi_\theta(y_l \mid x)':b, r'\pi_{ref}(y_w \mid x)':c, r'\pi_{ref}(y_l \mid x)':d, r'\beta':beta},
    -np.log(1/(1+np.exp(-h))).mean(), fn=r'\mathcal{L}_\text{DPO}')
