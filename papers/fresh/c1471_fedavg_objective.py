from h import *
rng=np.random.default_rng(1471); K=6; F=rng.random(K); nk=rng.integers(5,50,size=K).astype(float); n=nk.sum()
run('c1471_fedavg_objective', {'F_k(w)':F, 'n_k':nk, 'n':n}, np.sum(nk/n*F), fn='f(w)')
