from h import *
rng=np.random.default_rng(875); n=6; A=(rng.random((n,n))<.5).astype(float); A=np.maximum(A,A.T); np.fill_diagonal(A,0)
c=rng.integers(0,2,size=n).astype(float); k=A.sum(1); m=A.sum()/2
Qv=((A-np.outer(k,k)/(2*m))*(c[:,None]==c[None,:])).sum()/(2*m)
run('c875_modularity', {'A':A,'c':c}, np.array(Qv), fn='Q')
