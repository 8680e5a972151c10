from h import *
rng=np.random.default_rng(45); n,d,m=4,3,5
s,V,x,w,W=rng.normal(size=n),rng.normal(size=(n,d)),rng.normal(size=d),rng.normal(size=d),rng.normal(size=(m,d)); al=0.7
S,VV,X,Wv,WW=T(s),T(V),T(x),T(w),T(W)
run('c44_row_vectors', dict(s=s,V=V), (torch.softmax(S,0)@VV).numpy(), fn='a')
run('c44_row_vectors', dict(s=s,V=V), (VV.T@torch.softmax(S,0)).numpy(), fn='c')
run('c44_row_vectors', dict(x=x,W=W), (X@WW.T@WW@X).numpy(), fn='q')
run('c44_row_vectors', dict(x=x,W=W), (X@WW.T@WW@X/(X@X)).numpy(), fn='r')
run('c44_row_vectors', {'x':x,'w':w,'\\alpha':al}, (al*X@Wv+1).numpy(), fn='u')
run('c44_row_vectors', dict(x=x,w=w,W=W), ((WW@X)@(WW@Wv)).numpy(), fn='p')
