from h import *
rng=np.random.default_rng(702); m,n=6,3
X=rng.normal(size=(m,n)); y=rng.normal(size=m); th=rng.normal(size=n)
run('c702_ng_linreg_cost', {'X':X,'y':y,r'\theta':th}, ((X@th-y)**2).sum()/(2*m), fn='J')
