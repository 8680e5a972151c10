from h import *
rng=np.random.default_rng(1080); n=8; p=rng.uniform(0.05,0.95,n); q=np.where(rng.random(n)<.5,0.0,rng.uniform(0.1,1,n)); a,g=0.75,2.0
P,Q=T(p),T(q); out=torch.where(Q>0,-Q*(Q*torch.log(P)+(1-Q)*torch.log(1-P)),-a*P**g*torch.log(1-P))
run('c1080_varifocal', {'p':p,'q':q,r'\alpha':a,r'\gamma':g}, out.numpy(), fn=r'\mathrm{VFL}')
