from h import *
rng=np.random.default_rng(1732); V=7; p=torch.softmax(T(rng.normal(size=V)),0)
H=-(p*p.log()).sum(); run('c1732_typical_sampling', {'p':p.numpy()}, (H+p.log()).abs().numpy(), fn=r'\varepsilon')
