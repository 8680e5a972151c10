from h import *
rng=np.random.default_rng(1131); Tn,d=7,3; x=rng.normal(size=(Tn,d)); b=0.8
m=torch.zeros(d); out=[]
for t in range(Tn):
    m=b*m+(1-b)*T(x[t]); out.append(m)
run('c1131_ema_sequence', {'x':x,r'\beta':b}, torch.stack(out).numpy(), fn='m')
