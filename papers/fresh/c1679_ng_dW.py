from h import *
rng=np.random.default_rng(1679); n1,n0,m=3,4,5; dZ=rng.normal(size=(n1,m)); A=rng.normal(size=(n0,m))
run('c1679_ng_dW', {'dZ^{[l]}':dZ, 'A^{[l-1]}':A}, dZ@A.T/m, fn='dW^{[l]}')
