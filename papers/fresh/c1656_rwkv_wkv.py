from h import *
rng=np.random.default_rng(1656); Tn,d=5,3; k=rng.normal(size=(Tn,d)); v=rng.normal(size=(Tn,d)); w=rng.uniform(0.1,1,size=d); u=rng.normal(size=d)
K,Vv,W,U=T(k),T(v),T(w),T(u); outs=[]
for t in range(1,Tn+1):
    num=torch.exp(U+K[t-1])*Vv[t-1]; den=torch.exp(U+K[t-1])
    for i in range(1,t):
        e=torch.exp(-(t-1-i)*W+K[i-1]); num=num+e*Vv[i-1]; den=den+e
    outs.append(num/den)
run('c1656_rwkv_wkv', {'k':k,'v':v,'w':w,'u':u}, torch.stack(outs).numpy(), fn='wkv')
