from h import *
rng=np.random.default_rng(1291); m,n,k=6,3,4; x=rng.normal(size=(m,n)); y=rng.integers(1,k+1,size=m); th=rng.normal(size=(k,n))
P=torch.softmax(T(x)@T(th).T,1).numpy(); Y=np.eye(k)[y-1]; G=-(Y-P).T@x
run('c1291_softmax_reg_grad', {'x':x,'y':y.astype(float),'\\theta':th}, G, fn='\\nabla_{\\theta^{(j)}} J')
