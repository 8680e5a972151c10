from h import *
rng=np.random.default_rng(1254); V=8; x=rng.normal(size=V); g=(rng.uniform(size=V)<0.4).astype(float); g[0]=1; g[1]=0; Tt=0.7; th=1.2
z=x/(Tt*np.where(g>0,th,1.0))
run('c1254_ctrl_penalty', {'x':x,'g':g,'T':Tt,r'\theta':th}, torch.softmax(T(z),0).numpy(), fn='p')
