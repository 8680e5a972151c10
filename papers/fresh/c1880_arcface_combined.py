from h import *
rng=np.random.default_rng(1880); N,n=6,5; th=rng.uniform(0,2.5,(N,n)); y=rng.integers(0,n,N); s,m1,m2,m3=8.0,1.0,0.3,0.2
lg=s*torch.cos(T(th)); r=torch.arange(N); lg[r,torch.tensor(y)]=s*(torch.cos(m1*T(th)[r,torch.tensor(y)]+m2)-m3)
run('c1880_arcface_combined', {r'\theta':th,'y':y+1}, torch.nn.functional.cross_entropy(lg,torch.tensor(y)).numpy(), fn='L_4')
