from h import *
rng=np.random.default_rng(755); N=4; al=rng.uniform(size=N); a=rng.dirichlet(np.ones(N),size=N); b=rng.uniform(size=N)
run('c755_hmm_forward', {r'\alpha_t':al,'a':a,'b_j(O_{t+1})':b}, (al@a)*b, fn=r'\alpha_{t+1}')
