from h import *
rng=np.random.default_rng(637); B,A=5,4
Q=rng.normal(size=(B,A)); pb=rng.dirichlet(np.ones(A),size=B); al=0.5
out=al*np.mean(np.log(np.exp(Q).sum(1))-(pb*Q).sum(1))
run('c637_cql_regularizer', {'Q':Q, r'\hat{\pi}_\beta':pb, r'\alpha':al}, out, fn='R')
