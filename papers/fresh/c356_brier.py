from h import *
rng=np.random.default_rng(356); n,r=6,3; f=rng.random((n,r)); f/=f.sum(1,keepdims=True); E=np.eye(r)[rng.integers(0,r,n)]
run('c356_brier', {'f':f,'E':E}, np.array(((f-E)**2).sum()/n), fn='P')
