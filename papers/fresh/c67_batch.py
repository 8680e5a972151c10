from h import *
# batch inputs over files that passed unbatched
rng=np.random.default_rng(67); d=8; x=rng.normal(size=(3,d)); m=3.0
th=10000.0**(-2*torch.arange(d//2)/d); X=T(x); a,b=X[:,0::2],X[:,1::2]
y=torch.empty(3,d); y[:,0::2]=a*torch.cos(m*th)-b*torch.sin(m*th); y[:,1::2]=a*torch.sin(m*th)+b*torch.cos(m*th)
run('c10_rope_1based', dict(x=x,m=m), y.numpy())
# Barlow with batch of 2 problems
N,D=6,4; A_=rng.normal(size=(2,N,D)); B_=rng.normal(size=(2,N,D)); lam=0.005
res=[]
for k in range(2):
    A,B=T(A_[k]),T(B_[k]); C=(A.T@B)/(A.norm(dim=0)[:,None]*B.norm(dim=0)[None,:])
    res.append(((1-torch.diagonal(C))**2).sum()+lam*((C**2).sum()-(torch.diagonal(C)**2).sum()))
run('c03_barlow', {'z^A':A_,'z^B':B_,'\\lambda':lam}, torch.stack(res).numpy())
# Adam-ema sum with batch of 2 sequences
g=rng.normal(size=(2,6)); b2=0.9
v=np.zeros_like(g); acc=np.zeros(2)
for t in range(6): acc=b2*acc+(1-b2)*g[:,t]**2; v[:,t]=acc
run('c43b_ema_sum_le', {'g':g,'\\beta_2':b2}, v)
# cosface batch
N,C_,dd=4,5,3; x2=rng.normal(size=(2,N,dd)); W=rng.normal(size=(C_,dd)); yy=rng.integers(0,C_,(2,N)); Y=np.eye(C_)[yy]
F=torch.nn.functional; out=[]
for k in range(2):
    cos=F.normalize(T(x2[k]),dim=1)@F.normalize(T(W),dim=1).T; l=30*(cos-0.35*T(Y[k])); out.append(F.cross_entropy(l,torch.tensor(yy[k])))
run('c23b_cosface', dict(x=x2,W=W,Y=Y), torch.stack(out).numpy())
