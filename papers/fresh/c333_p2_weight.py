from h import *
rng=np.random.default_rng(333); s=np.exp(rng.normal(size=6)); k,g=1.0,0.5
run('c333_p2_weight', {r'\mathrm{SNR}':s,'k':k,r'\gamma':g}, 1/(k+s)**g, fn=r"\lambda'_t")
