from h import *
rng=np.random.default_rng(1582); t=7; lp=np.log(rng.uniform(0.05,0.9,size=t))
run('c1582_hf_perplexity', {r'\log p_\theta (x_i|x_{<i})':lp}, np.exp(-lp.mean()), fn=r'\text{PPL}')
