from h import *
rng=np.random.default_rng(1546); Tn,p=6,3; th=rng.normal(size=(Tn,p)); t0=rng.normal(size=p); a=0.9
x=T(t0); out=[]
for t in range(Tn):
    x=a*x+(1-a)*T(th[t]); out.append(x)
run('c1546_mean_teacher', {r'\theta':th,r"\theta'_0":t0,r'\alpha':a}, torch.stack(out).numpy(), fn=r"\theta'")
