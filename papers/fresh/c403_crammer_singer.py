from h import *
rng=np.random.default_rng(403); K=5; s=rng.normal(size=K)*0.3; y=1
S=T(s); other=torch.cat([S[:y],S[y+1:]]).max()
exp=torch.clamp(1+other-S[y],min=0)
run('c403_crammer_singer', {'s':s,'y':y+1}, exp.numpy())
