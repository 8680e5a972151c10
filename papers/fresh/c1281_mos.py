from h import *
rng=np.random.default_rng(1281); N,K,d,M=3,2,4,5; pi=rng.dirichlet(np.ones(K),size=N); h=rng.normal(size=(N,K,d)); w=rng.normal(size=(M,d))
P=torch.einsum('ck,ckx->cx',T(pi),torch.softmax(torch.einsum('ckd,xd->ckx',T(h),T(w)),2))
run('c1281_mos', {'\\pi':pi,'\\mathbf{h}':h,'\\mathbf{w}':w}, P.numpy(), fn='P_\\theta')
