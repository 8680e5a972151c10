from h import *
rng=np.random.default_rng(861); n=5; W=rng.random((n,n)); W=(W+W.T)/2; np.fill_diagonal(W,0)
d=T(W).sum(1); run('c861_laplacian_sym', {'W':W}, (torch.eye(n)-T(W)/d.sqrt()[:,None]/d.sqrt()[None,:]).numpy(), fn=r'L_{\text{sym}}')
