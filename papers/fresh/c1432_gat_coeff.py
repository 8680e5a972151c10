from h import *
rng=np.random.default_rng(1432); N,F,Fp=5,3,2; h=rng.normal(size=(N,F)); W=rng.normal(size=(Fp,F)); a=rng.normal(size=2*Fp)
M=(rng.random((N,N))<.5).astype(float); np.fill_diagonal(M,1)
Wh=T(h)@T(W).T; e=torch.nn.functional.leaky_relu((Wh@T(a)[:Fp])[:,None]+(Wh@T(a)[Fp:])[None,:],0.2)
ex=torch.exp(e)*T(M); exp=ex/ex.sum(1,keepdim=True)
run('c1432_gat_coeff', {r'\vec{h}':h, r'\mathbf{W}':W, r'\vec{\mathbf{a}}':a, r'\mathcal{N}':M}, exp.numpy(), fn=r'\alpha')
