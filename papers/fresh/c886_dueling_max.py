from h import *
rng=np.random.default_rng(886); na=5; V=0.7; A=rng.normal(size=na)
run('c886_dueling_max', {'V':V,'A':A}, (V+T(A)-T(A).max()).numpy(), fn='Q')
