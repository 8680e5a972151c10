from h import *
rng=np.random.default_rng(1541); n,K=8,5; f=torch.softmax(T(rng.normal(size=(n,K))),1).numpy(); Y=rng.integers(1,K+1,n)
run('c1541_conformal_score', {r'\hat{f}(X)':f,'Y':Y.astype(float)}, 1-f[np.arange(n),Y-1], fn='s')
