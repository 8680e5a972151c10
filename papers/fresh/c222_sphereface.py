from h import *
rng=np.random.default_rng(222); N,d,K=5,3,4; x=rng.normal(size=(N,d)); th=rng.random((K,N))*1.5; y=rng.integers(0,K,N); m=2.0
X,Th=T(x),T(th); L=0
for i in range(N):
    r=X[i].norm(); num=torch.exp(r*torch.cos(m*Th[y[i],i])); den=num+sum(torch.exp(r*torch.cos(Th[j,i])) for j in range(K) if j!=y[i])
    L=L-torch.log(num/den)
run('c222_sphereface', {r'\boldsymbol{x}':x,r'\theta':th,'y':y+1,'m':m}, (L/N).numpy(), fn='L_{ang}')
