from h import *
rng=np.random.default_rng(1445); n,m,K=5,3,4; X=rng.normal(size=(n,m)); W=rng.normal(size=(K,m)); W0=rng.normal(size=K)
run('c1445_sklearn_multinomial', {'X':X,'W':W,'W_0':W0}, torch.softmax(T(X)@T(W).T+T(W0),-1).numpy(), fn=r'\hat{p}_k')
