from h import *
rng=np.random.default_rng(721); Tn,d=5,3
k,v=rng.normal(size=(Tn,d)),rng.normal(size=(Tn,d)); w=rng.uniform(0.1,1,size=d); u=rng.normal(size=d)
k,v,w,u=T(k),T(v),T(w),T(u)
out=[]
for t in range(1,Tn+1):
    num=torch.exp(u+k[t-1])*v[t-1]; den=torch.exp(u+k[t-1])
    for i in range(1,t):
        e=torch.exp(-(t-1-i)*w+k[i-1]); num=num+e*v[i-1]; den=den+e
    out.append(num/den)
run('c721_rwkv_wkv', {'k':k.numpy(),'v':v.numpy(),'w':w.numpy(),'u':u.numpy()}, torch.stack(out).numpy(), fn='wkv_t')
