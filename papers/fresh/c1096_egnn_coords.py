from h import *
rng=np.random.default_rng(1096); M=5; x=rng.normal(size=(M,3)); ph=rng.normal(size=(M,M))
X=T(x); P=T(ph)*(1-torch.eye(M)); out=X+(1/(M-1))*((X[:,None,:]-X[None,:,:])*P[:,:,None]).sum(1)
run('c1096_egnn_coords', {'x^l':x, r'\phi_x(m)':ph}, out.numpy(), fn='x^{l+1}')
