from h import *
rng=np.random.default_rng(503); n,m,d,e=3,4,2,5; W=rng.normal(size=(n,m,d,e)); u=rng.normal(size=(n,e)); c=rng.random((n,m))
uhat=torch.einsum('ijde,ie->ijd',T(W),T(u)); s=torch.einsum('ij,ijd->jd',T(c),uhat)
run('c503_capsule_votes', {r'\mathbf{W}':W,r'\mathbf{u}':u,'c':c}, s.numpy(), fn=r'\mathbf{s}')
