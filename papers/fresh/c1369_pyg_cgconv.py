from h import *
rng=np.random.default_rng(1369); n,F,Dd=5,3,2; x=rng.normal(size=(n,F)); e=rng.normal(size=(n,n,Dd)); Wf=rng.normal(size=(2*F+Dd,F)); Ws=rng.normal(size=(2*F+Dd,F))
bf=rng.normal(size=F); bs=rng.normal(size=F); N=(rng.random((n,n))<.5).astype(float)
z=np.concatenate([np.broadcast_to(x[:,None,:],(n,n,F)),np.broadcast_to(x[None,:,:],(n,n,F)),e],-1)
m=torch.sigmoid(T(z@Wf+bf)).numpy()*np.log1p(np.exp(z@Ws+bs))
run('c1369_pyg_cgconv', {r'\mathbf{x}':x, r'\mathbf{e}':e, r'\mathbf{W}_f':Wf, r'\mathbf{W}_s':Ws, r'\mathbf{b}_f':bf, r'\mathbf{b}_s':bs, r'\mathcal{N}':N}, x+(N[:,:,None]*m).sum(1), fn=r"\mathbf{x}'")
