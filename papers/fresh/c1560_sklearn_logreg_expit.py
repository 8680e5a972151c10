from h import *
rng=np.random.default_rng(1560); n,m=6,3; X=rng.normal(size=(n,m)); w=rng.normal(size=m); w0=0.3
run('c1560_sklearn_logreg_expit', {'X':X,'w':w,'w_0':w0}, torch.sigmoid(T(X)@T(w)+w0).numpy(), fn=r'\hat{p}')
