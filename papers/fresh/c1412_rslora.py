from h import *
rng=np.random.default_rng(1412); d,k,r=4,5,3
W,B,A=rng.normal(size=(d,k)),rng.normal(size=(d,r)),rng.normal(size=(r,k)); x=rng.normal(size=k); al=16.
run('c1412_rslora', {'W_0':W,'B':B,'A':A,'x':x,r'\alpha':al}, W@x+al/np.sqrt(r)*B@A@x, fn='h')
