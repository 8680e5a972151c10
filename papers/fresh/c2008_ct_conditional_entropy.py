from h import *
rng=np.random.default_rng(2008); m,n=3,4; P=rng.random((m,n)); P/=P.sum(); C=P/P.sum(1,keepdims=True)
run('c2008_ct_conditional_entropy', {'p(x, y)':P, 'p(y|x)':C}, np.array(-(P*np.log(C)).sum()))
