from h import *
rng=np.random.default_rng(1190); K=5; f=rng.normal(size=K); y=2
m=np.maximum(0,1-(f[y-1]-f)); m[y-1]=0
run('c1190_ww_multiclass_hinge', {'f(x)':f,'y':y}, np.array(m.sum()), fn=r'\ell')
