from h import *
rng=np.random.default_rng(1093); n,d,f=5,3,4; x=rng.normal(size=(n,d)); W=[rng.normal(size=(f,d)) for _ in range(4)]
A=(rng.random((n,n))<.5).astype(float)
X=T(x); W1,W2,W3,W4=(T(w) for w in W)
eta=torch.sigmoid((X@W3.T)[:,None,:]+(X@W4.T)[None,:,:])
out=X@W1.T+(T(A)[:,:,None]*eta*(X@W2.T)[None,:,:]).sum(1)
run('c1093_resgated', {'x':x,'W_1':W[0],'W_2':W[1],'W_3':W[2],'W_4':W[3],r'\mathcal{N}':A}, out.numpy(), fn="\\mathbf{x}'")
