from h import *
rng=np.random.default_rng(3); N,D=6,4
a=rng.normal(size=(N,D)); b=rng.normal(size=(N,D)); lam=0.005
A,B=T(a),T(b)
C=(A.T@B)/(A.norm(dim=0)[:,None]*B.norm(dim=0)[None,:])
on=((1-torch.diagonal(C))**2).sum(); off=(C**2).sum()-(torch.diagonal(C)**2).sum()
run('c03_barlow', {'z^A':a,'z^B':b,'\\lambda':lam}, (on+lam*off).numpy())
run('c03_barlow', {'z^A':a,'z^B':b}, C.numpy(), fn='\\mathcal{C}')
