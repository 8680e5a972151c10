from h import *
import torch
rng=np.random.default_rng(1386); C=5; zs=rng.normal(size=C); zt=rng.normal(size=C)*2; y=3; a=0.7; T=2.0
zs_t=torch.tensor(zs); zt_t=torch.tensor(zt)
hard=torch.nn.functional.cross_entropy(zs_t[None], torch.tensor([y-1]))
soft=-(torch.softmax(zt_t/T,0)*torch.log_softmax(zs_t/T,0)).sum()
exp=((1-a)*hard + a*T*T*soft).item()
run('c1386_hinton_kd_ce', {'z_s':zs, 'z_t':zt, 'y':y, r'\alpha':a, 'T':T}, np.array(exp), fn=r'\mathcal{L}_{KD}')
