from h import *
rng=np.random.default_rng(1155); L=6; p=rng.dirichlet(np.ones(L)); Tt=0.5
e=p**(1/Tt); run('c1155_mixmatch_sharpen', {'p':p,'T':Tt}, e/e.sum())
