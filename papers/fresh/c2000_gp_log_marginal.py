from h import *
rng=np.random.default_rng(2000); n=5; A=rng.normal(size=(n,n)); K=A@A.T/n; y=rng.normal(size=n); sn=0.4
Ky=T(K)+sn**2*torch.eye(n); Y=T(y)
ref=-0.5*Y@torch.linalg.solve(Ky,Y)-0.5*torch.logdet(Ky)-n/2*np.log(2*np.pi)
run('c2000_gp_log_marginal', {'K':K, r'\mathbf{y}':y, r'\sigma_n':sn}, ref.numpy())
