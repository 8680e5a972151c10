from h import *
rng=np.random.default_rng(1368); n,F=5,3; x=rng.normal(size=(n,F)); x0=rng.normal(size=(n,F)); N=(rng.random((n,n))<.5).astype(float)
dg=N.sum(1)+1.0; a=rng.normal(size=2*F); eps=0.3
al=np.tanh((x@a[:F])[:,None]+(x@a[F:])[None,:])
out=eps*x0+(N*al/np.sqrt(dg[:,None]*dg[None,:]))@x
run('c1368_pyg_faconv', {r'\mathbf{x}':x, r'\mathbf{x}^{(0)}':x0, 'd':dg, r'\mathbf{a}':a, r'\mathcal{N}':N, r'\epsilon':eps}, out, fn=r"\mathbf{x}'")
