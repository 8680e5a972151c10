from h import *
rng=np.random.default_rng(954); d,k,r=5,4,2
W0=rng.normal(size=(d,k)); B=rng.normal(size=(d,r)); A=rng.normal(size=(r,k)); m=rng.uniform(0.5,2,size=(1,k))
V=T(W0+B@A)
run('c954_dora', {'W_0':W0,'B':B,'A':A,'m':m}, (T(m)*V/V.norm(dim=0,keepdim=True)).numpy(), fn="W'")
