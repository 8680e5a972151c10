from h import *
rng=np.random.default_rng(1948); n,d=5,3
X=rng.normal(size=(n,d)); B=2
z=X.min(0); s=(X.max(0)-z)/(2**B-1)
run('c1948_kivi_quant', {'X':X,'B':B}, np.round((X-z)/s), fn='Q(X)')
