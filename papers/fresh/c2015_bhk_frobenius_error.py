from h import *
rng=np.random.default_rng(2015); s=np.sort(rng.random(5))[::-1].copy(); k=2
run('c2015_bhk_frobenius_error', {r'\sigma':s, 'k':k}, np.array((s[k:]**2).sum()))
