from h import *
rng=np.random.default_rng(502); n,d=4,3; s=rng.normal(size=(n,d))
S=T(s); nrm=S.norm(dim=1,keepdim=True)
run('c502_capsule_squash', {r'\mathbf{s}':s}, (nrm**2/(1+nrm**2)*S/nrm).numpy(), fn=r'\mathbf{v}')
