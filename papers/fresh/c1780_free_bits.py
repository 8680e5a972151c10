from h import *
rng=np.random.default_rng(1780); M,K=6,4; D=np.abs(rng.normal(size=(M,K))); lam=0.8
run('c1780_free_bits', {'D':D, r'\lambda':lam}, np.array(np.maximum(lam, D.mean(0)).sum()), fn=r'\mathcal{L}_{KL}')
