from h import *
rng=np.random.default_rng(214); N,C,H,W=2,3,4,5; F=rng.normal(size=(N,C,H,W)); g,b=rng.normal(size=(N,C)),rng.normal(size=(N,C))
run('c214_film', {'F':F,r'\gamma':g,r'\beta':b}, (T(g)[:,:,None,None]*T(F)+T(b)[:,:,None,None]).numpy(), fn='FiLM')
