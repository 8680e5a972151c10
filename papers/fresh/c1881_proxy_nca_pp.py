from h import *
rng=np.random.default_rng(1881); Dd,Cc=4,5; x=rng.normal(size=Dd); p=rng.normal(size=(Cc,Dd)); y=2
xn=T(x)/T(x).norm(); pn=T(p)/T(p).norm(dim=1,keepdim=True); d=((xn-pn)**2).sum(1)
run('c1881_proxy_nca_pp', {'x':x,'p':p,'y':y+1}, (-torch.log_softmax(-d/0.5,0)[y]).numpy(), fn=r'\ell')
