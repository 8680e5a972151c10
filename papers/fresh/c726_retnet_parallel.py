from h import *
rng=np.random.default_rng(726); N,d=5,3
X=rng.normal(size=(N,d)); WQ,WK,WV=(rng.normal(size=(d,d)) for _ in range(3)); g=0.8
Q,K,V=T(X)@T(WQ),T(X)@T(WK),T(X)@T(WV)
n=torch.arange(N)[:,None]; m=torch.arange(N)[None,:]
D=torch.where(n>=m, torch.tensor(g)**(n-m).double(), torch.zeros(()))
run('c726_retnet_parallel', {'X':X,'W_Q':WQ,'W_K':WK,'W_V':WV,r'\gamma':g}, ((Q@K.T*D)@V).numpy(), fn=r'\mathrm{Retention}')
