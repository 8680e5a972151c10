from h import *
rng=np.random.default_rng(862); n=5; W=rng.random((n,n)); np.fill_diagonal(W,0)
d=T(W).sum(1); run('c862_laplacian_rw', {'W':W}, (torch.eye(n)-T(W)/d[:,None]).numpy(), fn=r'L_{\text{rw}}')
