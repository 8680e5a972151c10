from h import *
rng=np.random.default_rng(22); n,d=8,4; Z=rng.normal(size=(n,d))*np.array([0.2,1.5,0.7,0.05])
std=torch.sqrt(T(Z).var(0,unbiased=True)+1e-4)   # paper's code uses torch.var (unbiased)
exp=torch.relu(1-std).mean()
std_b=torch.sqrt(T(Z).var(0,unbiased=False)+1e-4); exp_b=torch.relu(1-std_b).mean()
print('unbiased ref',exp.item(),'biased ref',exp_b.item())
run('c22_vicreg', dict(Z=Z), exp_b.numpy())
