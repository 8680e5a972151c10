from h import *
rng=np.random.default_rng(1191); K=5; f=rng.normal(size=K); y=4
o=np.delete(f,y-1).max()
run('c1191_cs_multiclass_hinge', {'f(x)':f,'y':y}, np.array(max(0.0,1+o-f[y-1])), fn=r'\ell')
