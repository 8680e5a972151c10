from h import *
rng=np.random.default_rng(246); n,d,f,R=5,3,2,2; h=rng.normal(size=(n,d)); A=(rng.random((R,n,n))<.5).astype(float); A[:,0,1]=1; A[:,1:,0]=1
W=rng.normal(size=(R,d,f)); W0=rng.normal(size=(d,f)); H=T(h); out=H@T(W0)
for r in range(R):
    deg=T(A[r]).sum(1,keepdim=True); out=out+(T(A[r])@H@T(W[r]))/deg.clamp(min=1)
run('c246_rgcn', {'h^{(l)}':h,'A':A,'W^{(l)}':W,'W_0^{(l)}':W0}, torch.relu(out).numpy(), fn='h^{(l+1)}')
