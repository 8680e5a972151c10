from h import *
rng=np.random.default_rng(247); n,F,M=5,3,4; x=rng.normal(size=(n,F)); Th,Ph=rng.normal(size=(M,F)),rng.normal(size=(M,F)); E=(rng.random((n,n))<.5).astype(float); np.fill_diagonal(E,1)
X=T(x); out=torch.full((n,M),-np.inf)
for i in range(n):
    for j in range(n):
        if E[i,j]: out[i]=torch.maximum(out[i],torch.relu(T(Th)@(X[j]-X[i])+T(Ph)@X[i]))
run('c247_edgeconv', {'x':x,r'\Theta':Th,r'\Phi':Ph,r'\mathcal{E}':E}, out.numpy(), fn="x'")
