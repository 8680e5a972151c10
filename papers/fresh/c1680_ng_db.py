from h import *
rng=np.random.default_rng(1680); n1,m=3,5; dZ=rng.normal(size=(n1,m))
run('c1680_ng_db', {'dZ^{[l]}':dZ}, dZ.sum(1)/m, fn='db^{[l]}')
