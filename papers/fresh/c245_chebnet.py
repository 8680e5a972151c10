from h import *
rng=np.random.default_rng(245); n,K=5,4; x=rng.normal(size=n); A=rng.random((n,n)); A=(A+A.T)/2; L=np.diag(A.sum(1))-A; th=rng.normal(size=K)
lm=float(np.linalg.eigvalsh(L).max()); Lt=2*T(L)/lm-torch.eye(n); xs=[T(x),Lt@T(x)]
while len(xs)<K: xs.append(2*Lt@xs[-1]-xs[-2])
run('c245_chebnet', {'x':x,'L':L,r'\theta':th,r'\lambda_{max}':lm}, sum(th[k]*xs[k] for k in range(K)).numpy(), fn='y')
