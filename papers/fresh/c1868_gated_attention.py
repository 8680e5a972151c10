from h import *
rng=np.random.default_rng(1868); Y=rng.normal(size=(4,3)); X=rng.normal(size=(4,5)); W=rng.normal(size=(5,3))
run('c1868_gated_attention', {'Y':Y,'X':X,r'W_\theta':W}, Y/(1+np.exp(-X@W)), fn="Y'")
