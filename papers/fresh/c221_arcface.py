from h import *
rng=np.random.default_rng(221); N,n=5,4; th=rng.random((N,n))*2; y=rng.integers(0,n,N); s,m=4.0,0.5
Th=T(th); L=0
for i in range(N):
    num=torch.exp(s*torch.cos(Th[i,y[i]]+m)); den=num+sum(torch.exp(s*torch.cos(Th[i,j])) for j in range(n) if j!=y[i])
    L=L-torch.log(num/den)
run('c221_arcface', {r'\theta':th,'y':y+1,'s':s,'m':m}, (L/N).numpy(), fn='L_3')
