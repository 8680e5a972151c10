from h import *
rng=np.random.default_rng(1744); Tn,d,Nr,Kr=4,3,6,2; u=rng.normal(size=(Tn,d)); e=rng.normal(size=(Nr,d))
s=torch.sigmoid(T(e)@T(u).T)   # [Nr, T]
g=torch.zeros(Nr,Tn); idx=torch.topk(s,Kr,dim=0).indices
for t in range(Tn): g[idx[:,t],t]=s[idx[:,t],t]
run('c1744_dsv3_gating', {r'\mathbf{u}':u, r'\mathbf{e}':e, 'K_r':Kr}, (g/g.sum(0,keepdim=True)).numpy(), fn='g')
