from h import *
rng=np.random.default_rng(508); N,d=3,4; z=rng.normal(size=(2*N,d)); tau=0.5
Z=T(z); Zn=Z/Z.norm(dim=1,keepdim=True); S=torch.exp(Zn@Zn.T/tau)
den=S.sum(1)-S.diagonal()
run('c508_simclr_ntxent', {'z':z,r'\tau':tau}, (-torch.log(S/den[:,None])).numpy(), fn=r'\ell')
