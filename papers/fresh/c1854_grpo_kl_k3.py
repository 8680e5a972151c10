from h import *
rng=np.random.default_rng(1854); p=rng.uniform(0.1,0.9,6); r=rng.uniform(0.1,0.9,6)
run('c1854_grpo_kl_k3', {r'\pi_{ref}':r, r'\pi_\theta':p}, r/p-np.log(r/p)-1, fn=r'\mathbb{D}_{KL}')
