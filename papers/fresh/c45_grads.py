from h import *
F=torch.nn.functional
# Barlow
rng=np.random.default_rng(3); N,D=6,4
a=rng.normal(size=(N,D)); b=rng.normal(size=(N,D)); lam=0.005
A=T(a).requires_grad_(); B=T(b)
C=(A.T@B)/(A.norm(dim=0)[:,None]*B.norm(dim=0)[None,:])
L=((1-torch.diagonal(C))**2).sum()+lam*((C**2).sum()-(torch.diagonal(C)**2).sum()); L.backward()
run('c45_grad_barlow', {'z^A':a,'z^B':b,'\\lambda':lam}, A.grad.numpy(), fn='g')
# BYOL
rng=np.random.default_rng(21); d=6; q,z=rng.normal(size=d),rng.normal(size=d)
Q=T(q).requires_grad_(); Z=T(z); L=((Q/Q.norm()-Z/Z.norm())**2).sum(); L.backward()
run('c46_grad_byol', {'q':q,"z'":z}, Q.grad.numpy(), fn='g')
# CosFace
rng=np.random.default_rng(23); N,C_,d=4,5,3
x,W=rng.normal(size=(N,d)),rng.normal(size=(C_,d)); y=rng.integers(0,C_,N); Y=np.eye(C_)[y]
X=T(x).requires_grad_(); WW=T(W).requires_grad_()
cos=F.normalize(X,dim=1)@F.normalize(WW,dim=1).T; l=30*(cos-0.35*T(Y)); L=F.cross_entropy(l,torch.tensor(y)); L.backward()
run('c47_grad_cosface', dict(x=x,W=W,Y=Y), X.grad.numpy(), fn='g')
run('c47_grad_cosface', dict(x=x,W=W,Y=Y), WW.grad.numpy(), fn='g_W')
# Tversky
rng=np.random.default_rng(20); N=10; p=rng.random(N); g=(rng.random(N)<.5).astype(float); a_,b_=0.3,0.7
P=T(p).requires_grad_(); G=T(g); tp=(P*G).sum(); fp=(P*(1-G)).sum(); fn_=((1-P)*G).sum(); L=1-tp/(tp+a_*fp+b_*fn_); L.backward()
run('c48_grad_tversky', {'p':p,'g':g,'\\alpha':a_,'\\beta':b_}, P.grad.numpy(), fn='g_p')
# Gaussian NLL
rng=np.random.default_rng(26); N=6; y,mu=rng.normal(size=N),rng.normal(size=N); var=rng.uniform(.2,2,N)
V=T(var).requires_grad_(); M=T(mu).requires_grad_(); L=F.gaussian_nll_loss(M,T(y),V,eps=0); L.backward()
run('c49_grad_gnll', {'y':y,'\\mu':mu,'\\sigma^2':var}, V.grad.numpy(), fn='g')
run('c49_grad_gnll', {'y':y,'\\mu':mu,'\\sigma^2':var}, M.grad.numpy(), fn='g_\\mu')
# w2v
rng=np.random.default_rng(9); d,k=4,3
vi,vo,Nn=rng.normal(size=d),rng.normal(size=d),rng.normal(size=(k,d))
VI=T(vi).requires_grad_(); NN=T(Nn).requires_grad_()
J=F.logsigmoid(T(vo)@VI)+F.logsigmoid(-(NN@VI)).sum(); J.backward()
run('c50_grad_w2v', {'v_{w_I}':vi,"v'_{w_O}":vo,'N':Nn}, VI.grad.numpy(), fn='g')
run('c50_grad_w2v', {'v_{w_I}':vi,"v'_{w_O}":vo,'N':Nn}, NN.grad.numpy(), fn='g_N')
# VICReg
rng=np.random.default_rng(22); n,d=8,4; Zn=rng.normal(size=(n,d))*np.array([0.2,1.5,0.7,0.05])
ZZ=T(Zn).requires_grad_(); std=torch.sqrt(ZZ.var(0,unbiased=False)+1e-4); L=torch.relu(1-std).mean(); L.backward()
run('c51_grad_vicreg', dict(Z=Zn), ZZ.grad.numpy(), fn='g')
