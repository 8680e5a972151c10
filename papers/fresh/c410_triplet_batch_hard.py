from h import *
rng=np.random.default_rng(410); B,P=8,3; D=rng.uniform(0,2,(B,B)); D=(D+D.T)/2; np.fill_diagonal(D,0); y=np.array([0,0,1,1,2,2,0,1]); m=0.3
Dt=T(D); same=torch.tensor(y)[:,None]==torch.tensor(y)[None,:]
hp=torch.where(same,Dt,torch.tensor(-np.inf)).max(1).values; hn=torch.where(~same,Dt,torch.tensor(np.inf)).min(1).values
exp=torch.clamp(m+hp-hn,min=0).sum()
run('c410_triplet_batch_hard', {'D':D,'y':y+1,'m':m}, exp.numpy())
