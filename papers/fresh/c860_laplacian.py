from h import *
rng=np.random.default_rng(860); n=5; W=rng.random((n,n)); W=(W+W.T)/2; np.fill_diagonal(W,0)
run('c860_laplacian', {'W':W}, (torch.diag(T(W).sum(1))-T(W)).numpy(), fn='L')
