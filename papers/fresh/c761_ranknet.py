from h import *
rng=np.random.default_rng(761); n=4; o=rng.normal(size=n); Pb=rng.uniform(size=(n,n))
oij=o[:,None]-o[None,:]; P=1/(1+np.exp(-oij))
run('c761_ranknet', {'o':o,r'\bar{P}':Pb}, -Pb*np.log(P)-(1-Pb)*np.log(1-P), fn='C')
