from h import *
rng=np.random.default_rng(1658); n,Tl=7,3; g=rng.normal(size=n); h=rng.uniform(0.1,1,size=n); q=np.array([1,2,3,1,2,1,3]); lam,gam=1,0.1
G=np.array([g[q==j].sum() for j in range(1,Tl+1)]); H=np.array([h[q==j].sum() for j in range(1,Tl+1)])
w=-G/(H+lam); L=-0.5*(G**2/(H+lam)).sum()+gam*Tl
run('c1658_xgb_leaf', {'g':g,'h':h,'q':q}, {'w_j^*':w, r'\tilde{\mathcal{L}}^{(t)}':np.array(L)}, fn=['w_j^*', r'\tilde{\mathcal{L}}^{(t)}'])
