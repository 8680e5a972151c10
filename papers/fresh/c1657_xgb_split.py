from h import *
rng=np.random.default_rng(1657); n=6; g=rng.normal(size=n); h=rng.uniform(0.1,1,size=n); IL=np.array([1,0,1,1,0,0.]); IR=1-IL; lam,gam=1,0.1
G,H=T(g),T(h); sc=lambda m: (G*T(m)).sum()**2/((H*T(m)).sum()+lam)
out=0.5*(sc(IL)+sc(IR)-sc(np.ones(n)))-gam
run('c1657_xgb_split', {'g':g,'h':h,'I_L':IL,'I_R':IR}, out.numpy(), fn=r'\mathcal{L}_{split}')
