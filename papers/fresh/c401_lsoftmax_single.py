from h import *
rng=np.random.default_rng(401); C,d=4,3; x=rng.normal(size=d); W=rng.normal(size=(C,d)); th=rng.uniform(0,1.5,C); y=2; m=2.0
nw=torch.linalg.norm(T(W),dim=1); nx=torch.linalg.norm(T(x))
f=nw*nx*torch.cos(T(th)); f[y]=nw[y]*nx*torch.cos(m*T(th)[y])
exp=-torch.log_softmax(f,0)[y]
run('c401_lsoftmax_single', {r'\boldsymbol{x}':x,'W':W,r'\theta':th,'y':y+1,'m':m}, exp.numpy(), fn='L_i')
