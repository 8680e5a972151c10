from h import *
rng=np.random.default_rng(259); n,m=4,5; C=rng.random((n,m)); a=np.ones(n)/n; b=np.ones(m)/m; v=rng.random(m)+.5; eps=0.5
K=torch.exp(-T(C)/eps); u=T(a)/(K@T(v)); v1=T(b)/(K.T@u)
run('c259_sinkhorn', {r'\mathbf{C}':C,r'\mathbf{a}':a,r'\mathbf{b}':b,r'\mathbf{v}^{(\ell)}':v,r'\varepsilon':eps}, {'u_ell1':u.numpy(),'v_ell1':v1.numpy()}, fn=[r'\mathbf{u}^{(\ell+1)}',r'\mathbf{v}^{(\ell+1)}'])
