from h import *
rng=np.random.default_rng(1855); r=rng.normal(size=6)
run('c1855_grpo_advantage', {r'\mathbf{r}':r}, (r-r.mean())/r.std(ddof=1), fn=r'\hat{A}')
