from h import *
rng=np.random.default_rng(1903); k,l=3,2; p=rng.normal(size=k); q=rng.normal(size=k); m=rng.normal(size=l); h=rng.normal(size=k+l)
run('c1903_neumf', {r'\mathbf{p}_u^G':p, r'\mathbf{q}_i^G':q, r'\phi^{MLP}':m, r'\mathbf{h}':h}, np.array(1/(1+np.exp(-h@np.concatenate([p*q,m])))), fn=r'\hat{y}_{ui}')
