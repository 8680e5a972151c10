from h import *
rng=np.random.default_rng(1245); n,d=4,3; S=rng.normal(size=(n,d)); W1,W2=rng.normal(size=(d,d)),rng.normal(size=(d,d)); b1,b2=rng.normal(size=d),rng.normal(size=d)
run('c1245_sasrec_ffn', {r'\mathbf{S}':S, r'\mathbf{W}^{(1)}':W1, r'\mathbf{W}^{(2)}':W2, r'\mathbf{b}^{(1)}':b1, r'\mathbf{b}^{(2)}':b2}, np.maximum(S@W1+b1,0)@W2+b2, fn=r'\mathbf{F}')
