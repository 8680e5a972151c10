from h import *
rng=np.random.default_rng(2007); m,n=3,4; P=rng.random((m,n)); P/=P.sum(); px=P.sum(1); py=P.sum(0)
run('c2007_ct_mutual_information', {'p(x, y)':P, 'p(x)':px, 'p(y)':py}, np.array((P*np.log(P/np.outer(px,py))).sum()))
