from h import *
rng=np.random.default_rng(1894); n,m=4,3; C=rng.uniform(size=(n,m)); a=rng.dirichlet(np.ones(n)); g=rng.normal(size=m); e=0.5
out=e*np.log(a)-e*torch.logsumexp((T(g)[None,:]-T(C))/e,1).numpy()
run('c1894_sinkhorn_log_domain', {'C':C,'a':a,r'g^{(\ell)}':g}, out, fn=r'f^{(\ell+1)}')
