from h import *
rng=np.random.default_rng(1367); n,d,f=5,3,4; X=rng.normal(size=(n,d)); A=(rng.random((n,n))<.5).astype(float); A=np.triu(A,1); A=A+A.T
Dm=np.diag(A.sum(1)); W1=rng.normal(size=(d,f)); W2=rng.normal(size=(d,f)); lam=0.7
Ah=np.linalg.inv(Dm+np.eye(n))@(A+np.eye(n))
run('c1367_pyg_clustergcn', {r'\mathbf{X}':X, r'\mathbf{A}':A, r'\mathbf{D}':Dm, r'\mathbf{W}_1':W1, r'\mathbf{W}_2':W2, r'\lambda':lam}, (Ah+lam*np.diag(np.diag(Ah)))@X@W1+X@W2, fn=r"\mathbf{X}'")
