from h import *
rng=np.random.default_rng(566); d,k,r=4,5,2
W0=rng.normal(size=(d,k)); B=rng.normal(size=(d,r)); A=rng.normal(size=(r,k)); x=rng.normal(size=k); al=4.0
run('c566_lora', {'W_0':W0,'B':B,'A':A,'x':x,r'\alpha':al}, W0@x+al/r*B@A@x, dims={'r':r})
