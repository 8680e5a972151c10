from h import *
rng=np.random.default_rng(1634); K,L=3,4; sp=rng.uniform(-0.2,1,size=K); sn=rng.uniform(-0.5,0.8,size=L); g,m=2.0,0.25
Sp,Sn=T(sp),T(sn)
ap=torch.clamp(1+m-Sp,min=0); an=torch.clamp(Sn+m,min=0)
out=torch.log(1+torch.exp(g*an*(Sn-m)).sum()*torch.exp(-g*ap*(Sp-(1-m))).sum())
run('c1634_circle_loss', {'s_p':sp,'s_n':sn}, out.numpy(), fn=r'\mathcal{L}_{circle}')
