from h import *
rng=np.random.default_rng(1134); Tn,d=6,3; k=rng.normal(size=(Tn,d))*0.5; v=rng.normal(size=(Tn,d)); w=np.abs(rng.normal(size=d)); u=rng.normal(size=d)*0.5
a=torch.zeros(d); b=torch.zeros(d); out=[]
for t in range(Tn):
    e=torch.exp(T(u)+T(k[t])); out.append((a+e*T(v[t]))/(b+e))
    a=torch.exp(-T(w))*a+torch.exp(T(k[t]))*T(v[t]); b=torch.exp(-T(w))*b+torch.exp(T(k[t]))
run('c1134_rwkv_wkv', {'k':k,'v':v,'w':w,'u':u}, torch.stack(out).numpy(), fn='wkv')
