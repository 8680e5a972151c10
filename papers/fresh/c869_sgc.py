from h import *
rng=np.random.default_rng(869); n,d,C=5,3,4; A=(rng.random((n,n))<.5).astype(float); A=np.maximum(A,A.T); np.fill_diagonal(A,0)
X=rng.normal(size=(n,d)); Th=rng.normal(size=(d,C))
At=T(A)+torch.eye(n); dd=At.sum(1); S=At/dd.sqrt()[:,None]/dd.sqrt()[None,:]
run('c869_sgc', {'A':A,'X':X,r'\Theta':Th}, torch.softmax(S@S@T(X)@T(Th),dim=1).numpy(), fn=r'\hat{Y}_{SGC}')
