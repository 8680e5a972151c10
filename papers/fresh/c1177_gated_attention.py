from h import *
rng=np.random.default_rng(1177); n,dk,dm=4,3,5; Y=rng.normal(size=(n,dk)); X=rng.normal(size=(n,dm)); W=rng.normal(size=(dm,dk))
run('c1177_gated_attention', {'Y':Y,'X':X,r'W_\theta':W}, Y/(1+np.exp(-X@W)), fn="Y'")
