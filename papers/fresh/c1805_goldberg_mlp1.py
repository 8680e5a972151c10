from h import *
rng=np.random.default_rng(1805); di,d1,d2=4,5,3; x=rng.normal(size=di); W1=rng.normal(size=(di,d1)); b1=rng.normal(size=d1); W2=rng.normal(size=(d1,d2)); b2=rng.normal(size=d2)
run('c1805_goldberg_mlp1', {r'\mathbf{x}':x, r'\mathbf{W}^1':W1, r'\mathbf{b}^1':b1, r'\mathbf{W}^2':W2, r'\mathbf{b}^2':b2}, np.maximum(0,x@W1+b1)@W2+b2, fn='NN_{MLP1}')
