from h import *
import torch
rng=np.random.default_rng(1388); W=rng.normal(size=(4,6)); eps=1e-5
Wt=torch.tensor(W); mu=Wt.mean(1,keepdim=True); sd=torch.sqrt((Wt**2).mean(1,keepdim=True)-mu**2+eps)
run('c1388_weight_standardization', {'W':W, r'\epsilon':eps}, ((Wt-mu)/sd).numpy(), fn=r'\hat{W}')
