from h import *
rng=np.random.default_rng(1876); a=rng.normal(size=6); c=rng.normal(size=6)*2; ph=0.7
# reference code uses torch .std() (unbiased) -- ratio is the same either way
out=ph*c*a.std(ddof=1)/c.std(ddof=1)+(1-ph)*c
run('c1876_cfg_rescale', {'x_{pos}':a,'x_{cfg}':c,r'\phi':ph}, out, fn='x_{final}')
