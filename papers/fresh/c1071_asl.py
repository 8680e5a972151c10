from h import *
rng=np.random.default_rng(1071); K=6; p=rng.uniform(0.05,0.95,K); y=(rng.random(K)<.5).astype(float); gp,gm,m=1.0,4.0,0.05
P=T(p); pm=torch.clamp(P-m,min=0); Lp=(1-P)**gp*torch.log(P); Lm=pm**gm*torch.log(1-pm)
run('c1071_asl', {'p':p,'y':y,r'\gamma_+':gp,r'\gamma_-':gm,'m':m}, (-T(y)*Lp-(1-T(y))*Lm).numpy(), fn='L')
