from h import *
rng=np.random.default_rng(1082); C=5; N=rng.integers(1,100,C).astype(float); p=0.8
Ni,Nj=T(N)[:,None],T(N)[None,:]; out=torch.where(Ni<=Nj,torch.ones(C,C),(Nj/Ni)**p)
run('c1082_seesaw', {'N':N,'p':p}, out.numpy(), fn=r'\mathcal{M}')
