from h import *
rng=np.random.default_rng(1434); n,d,C=5,3,4; S=rng.random((n,n)); X=rng.normal(size=(n,d)); Th=rng.normal(size=(d,C))
exp=torch.softmax(T(S)@T(S)@T(X)@T(Th),-1)
run('c1434_sgc_features', {r'\mathbf{S}':S, r'\mathbf{X}':X, r'\mathbf{\Theta}':Th}, exp.numpy(), fn=r'\hat{\mathbf{Y}}')
