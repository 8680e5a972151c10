from h import *
rng=np.random.default_rng(1746); m,n,r=4,5,3
W,B,A=rng.normal(size=(m,n)),rng.normal(size=(m,r)),rng.normal(size=(r,n)); b,d,x=rng.normal(size=m),rng.normal(size=r),rng.normal(size=n)
run('c1746_vera', {'W_0':W,'B':B,'A':A,'b':b,'d':d,'x':x}, W@x+np.diag(b)@B@np.diag(d)@A@x, fn='h')
