from h import *
rng=np.random.default_rng(1252); L,d,db=6,3,8; q=rng.normal(size=(L,d)); k=rng.normal(size=(L,d))
m=np.arange(L)[:,None]-np.arange(L)[None,:]
bias=sum(np.cos(m/10000**(2*i/db)) for i in range(1,db//2+1))
run('c1252_sandwich', {'q':q,'k':k,r'\bar{d}':db}, q@k.T+bias, fn='a')
