from h import *
rng=np.random.default_rng(756); N=4; d=rng.uniform(size=N); a=rng.dirichlet(np.ones(N),size=N); b=rng.uniform(size=N)
run('c756_viterbi', {r'\delta_{t-1}':d,'a':a,'b_j(O_t)':b}, (d[:,None]*a).max(0)*b, fn=r'\delta_t')
