from h import *
rng=np.random.default_rng(1743); Nr,Tn,Kr=6,4,2; s=rng.uniform(0.05,1,size=(Nr,Tn)); al=0.01
top=torch.zeros(Nr,Tn)
idx=torch.topk(T(s),Kr,dim=0).indices
for t in range(Tn): top[idx[:,t],t]=1
f=Nr/(Kr*Tn)*top.sum(1); P=(T(s)/T(s).sum(0,keepdim=True)).mean(1)
run('c1743_dsv3_balance_loss', {'s':s,'K_r':Kr,r'\alpha':al}, (al*(f*P).sum()).numpy(), fn=r'\mathcal{L}_{\mathrm{Bal}}')
