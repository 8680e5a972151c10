from h import *
rng=np.random.default_rng(1794); n,H=8,3; Y=np.cumsum(rng.normal(size=n)); e=rng.normal(size=H)
sc=np.mean(np.abs(np.diff(Y)))
run('c1794_mase', {'Y':Y,'e':e}, np.array(np.mean(np.abs(e/sc))), fn=r'\text{MASE}')
