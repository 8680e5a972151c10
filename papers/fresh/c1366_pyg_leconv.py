from h import *
rng=np.random.default_rng(1366); n,d,f=5,3,4; x=rng.normal(size=(n,d)); T1=rng.normal(size=(d,f)); T2=rng.normal(size=(f,d)); T3=rng.normal(size=(f,d))
e=rng.normal(size=(n,n)); N=(rng.random((n,n))<.5).astype(float)
out=x@T1+np.einsum('ij,ji,ijk->ik',N,e,(x@T2.T)[:,None,:]-(x@T3.T)[None,:,:])
run('c1366_pyg_leconv', {r'\mathbf{x}':x, r'\mathbf{\Theta}_1':T1, r'\mathbf{\Theta}_2':T2, r'\mathbf{\Theta}_3':T3, 'e':e, r'\mathcal{N}':N}, out, fn=r"\mathbf{x}'")
