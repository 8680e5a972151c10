from h import *
rng=np.random.default_rng(1276); N,F,Fp=5,3,2; A=(rng.uniform(size=(N,N))<0.5).astype(float); A=np.triu(A,1); A=A+A.T; X=rng.normal(size=(N,F)); W=rng.normal(size=(F,Fp)); la=0.5
D=np.diag(A.sum(1)); At=np.linalg.inv(D+np.eye(N))@(A+np.eye(N))
run('c1276_cluster_gcn_diag', {'A':A,'X^{(l)}':X,'W^{(l)}':W,r'\lambda':la}, np.maximum((At+la*np.diag(np.diag(At)))@X@W,0), fn='X^{(l+1)}')
