from h import *
rng=np.random.default_rng(754); N,D,K=6,2,3; x=rng.normal(size=(N,D)); g=rng.dirichlet(np.ones(K),size=N)
Nk=g.sum(0)
run('c754_gmm_mstep', {r'\mathbf{x}':x, r'\gamma(z_{nk})':g}, {'n_prime':Nk, 'mu_new':(g.T@x)/Nk[:,None], 'pi_new':Nk/N}, fn=['N_k',r'\boldsymbol{\mu}_k^{new}',r'\pi_k^{new}'])
