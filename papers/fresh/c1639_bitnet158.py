from h import *
rng=np.random.default_rng(1639); n,m=3,4; W=rng.normal(size=(n,m))
g=T(W).abs().mean(); out=torch.clamp(torch.round(T(W)/(g+1e-5)),-1,1)
run('c1639_bitnet158', {'W':W}, out.numpy(), fn=r'\widetilde{W}')
