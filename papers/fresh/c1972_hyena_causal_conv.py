from h import *
rng=np.random.default_rng(1972); L=6; u=rng.normal(size=L); hh=rng.normal(size=L)
y=np.array([sum(hh[t-n]*u[n] for n in range(L) if t-n>=0) for t in range(L)])
run('c1972_hyena_causal_conv', {'u':u,'h':hh}, y, fn='y_t')
