from h import *
rng=np.random.default_rng(1691); n=4; A=rng.normal(size=(n,n)); K=A@A.T+0.5*np.eye(n)
D=torch.diag(torch.diag(T(K))**-0.5)
run('c1691_wiki_correlation_matrix', {r'\operatorname{K}_{\mathbf{X}\mathbf{X}}':K}, (D@T(K)@D).numpy(), fn=r'\operatorname{corr}')
