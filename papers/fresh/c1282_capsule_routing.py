from h import *
rng=np.random.default_rng(1282); n,m,p,d=4,3,2,5; u=rng.normal(size=(n,d)); W=rng.normal(size=(n,m,p,d)); b=rng.normal(size=(n,m))
c=torch.softmax(T(b),1); uh=torch.einsum('ijpd,id->ijp',T(W),T(u)); s=torch.einsum('ij,ijp->jp',c,uh)
run('c1282_capsule_routing', {'\\mathbf{u}':u,'\\mathbf{W}':W,'b':b}, s.numpy(), fn='\\mathbf{s}')
