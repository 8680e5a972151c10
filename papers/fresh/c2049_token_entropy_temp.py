from h import *
rng=np.random.default_rng(2049); L,V=3,5
z=rng.normal(size=(L,V))*2; Tt=0.7
p=torch.softmax(T(z/Tt),-1); H=-(p*p.log()).sum(-1)
run('c2049_token_entropy_temp', {r'\mathbf{z}':z, 'T':Tt}, H.numpy(), fn='H')
