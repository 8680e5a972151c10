from h import *
rng=np.random.default_rng(619); n,k,d,r=3,4,5,2; X,W0,A,B=rng.normal(size=(n,k)),rng.normal(size=(k,d)),rng.normal(size=(k,r)),rng.normal(size=(r,d)); al=8.0
run('c619_lora_scaled_chain', {'X':X,'W_0':W0,'A':A,'B':B,r'\alpha':al}, X@W0+al/r*X@A@B, fn='H')
