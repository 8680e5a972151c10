from h import *
rng=np.random.default_rng(521); n,d,p=5,3,4; h=rng.normal(size=(n,d)); W=rng.normal(size=(p,d)); b=rng.normal(size=p)
A=(rng.random((n,n))<.5).astype(float); A[:,0]=1
z=torch.relu(T(h)@T(W).T+T(b)); out=torch.stack([z[T(A)[v]>0].max(0).values for v in range(n)])
run('c521_graphsage_pool', {'h^k':h,r'W_{\mathrm{pool}}':W,'b':b,r'\mathcal{N}':A}, out.numpy(), fn=r'\mathrm{AGGREGATE}_k^{\mathrm{pool}}')
