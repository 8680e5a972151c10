from h import *
rng=np.random.default_rng(546); n=7; p=rng.uniform(0.05,0.95,n); y=(rng.random(n)>0.5).astype(float); g=2.0
P,Y=T(p),T(y); pt=torch.where(Y==1,P,1-P)
run('c546_focal_pt', {'p':p,'y':y,r'\gamma':g}, (-(1-pt)**g*torch.log(pt)).numpy(), fn='FL')
