from h import *
rng=np.random.default_rng(1099); n,d=4,3; h=rng.normal(size=(n,d)); A=rng.normal(size=(n,n,d,d)); N=(rng.random((n,n))<.6).astype(float)
out=torch.einsum('vw,vwij,wj->vi',T(N),T(A),T(h))
run('c1099_mpnn_edge_net', {'h^t':h,'A(e)':A,'N':N}, out.numpy(), fn='m^{t+1}')
