from h import *
rng=np.random.default_rng(1534); n,p=9,3; X=rng.normal(size=(n,p)); b=rng.normal(size=p); Y=rng.permutation(n).astype(float)+1; C=rng.integers(0,2,n).astype(float)
eta=T(X)@T(b); y=T(Y)
ll=sum((eta[i]-torch.log(torch.exp(eta[y>=y[i]]).sum())) for i in range(n) if C[i]==1)
run('c1534_cox_loglik', {'X':X,r'\beta':b,'Y':Y,'C':C}, np.asarray(float(ll)), fn=r'\ell')
