from h import *
rng=np.random.default_rng(1138); Tn,d=5,3; g=rng.normal(size=(Tn,d)); m0=rng.normal(size=d); b=0.9
m=T(m0); out=[]
for t in range(Tn):
    m=b*m+(1-b)*T(g[t]); out.append(m)
run('c1138_ema_start_given', {'g':g,'m_0':m0,r'\beta_1':b}, torch.stack(out).numpy(), fn='m')
