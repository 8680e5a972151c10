from h import *
rng=np.random.default_rng(411); n=6; th=rng.uniform(0,2.5,n); y=5; s,m=8.0,0.5
f=s*torch.cos(T(th)); f[y]=s*torch.cos(T(th)[y]+m)
exp=-torch.log_softmax(f,0)[y]
run('c411_arcface_single', {r'\theta':th,'y_i':y+1,'s':s,'m':m}, exp.numpy())
