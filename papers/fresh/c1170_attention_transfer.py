from h import *
rng=np.random.default_rng(1170); C,n=4,6; As,At=rng.normal(size=(C,n)),rng.normal(size=(C,n)); b=1000.0
qs=(As**2).sum(0); qt=(At**2).sum(0); v=qs/np.linalg.norm(qs)-qt/np.linalg.norm(qt)
run('c1170_attention_transfer', {'A_S':As,'A_T':At,r'\beta':b,'p':2.0}, b/2*np.linalg.norm(v), fn=r'\mathcal{L}_{AT}')
