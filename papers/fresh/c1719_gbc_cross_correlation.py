from h import *
rng=np.random.default_rng(1719); H,W,k=5,6,3; I=rng.normal(size=(H,W)); K=rng.normal(size=(k,k))
S=torch.nn.functional.conv2d(T(I)[None,None],T(K)[None,None])[0,0].numpy()
run('c1719_gbc_cross_correlation', {'I':I,'K':K}, S, fn='S')
