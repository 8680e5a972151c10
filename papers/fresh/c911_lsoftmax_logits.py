from h import *
rng=np.random.default_rng(911); N,d,K=4,3,5
x=rng.normal(size=(N,d)); W=rng.normal(size=(d,K))
run('c911_lsoftmax_logits', {'x':x,r'\boldsymbol{W}':W}, x@W)
