from h import *
rng=np.random.default_rng(859); N=6; A=rng.random((N,N)); A=(A+A.T)/2; x=rng.normal(size=N); t0,t1=0.7,-1.2
d=T(A).sum(1); S=T(A)/d.sqrt()[:,None]/d.sqrt()[None,:]
run('c859_gcn_first_order', {'x':x,'A':A,r"\theta'_0":t0,r"\theta'_1":t1}, (t0*T(x)-t1*S@T(x)).numpy(), fn='y')
