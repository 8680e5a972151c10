from h import *
rng=np.random.default_rng(1909); n,d,dp=5,3,2; x=rng.normal(size=(n,d)); W1=rng.normal(size=(dp,d)); W2=rng.normal(size=(dp,d))
A=(rng.uniform(size=(n,n))<0.5).astype(float); e=rng.uniform(size=(n,n))
agg=np.stack([sum(e[j,i]*x[j] for j in range(n) if A[i,j]) if A[i].any() else np.zeros(d) for i in range(n)])
run('c1909_pyg_graphconv', {r'\mathbf{x}':x, r'\mathbf{W}_1':W1, r'\mathbf{W}_2':W2, 'e':e, r'\mathcal{N}':A}, x@W1.T+agg@W2.T, fn=r"\mathbf{x}^{\prime}")
