from h import *
rng=np.random.default_rng(973); F=rng.normal(size=(3,7))
run('c973_gatys_gram', {'F^l':F}, (T(F)@T(F).T).numpy(), fn='G^l')
