from h import *
import torch
rng=np.random.default_rng(1387); x=rng.normal(size=(2,3,4,5)); eps=1e-5
exp=torch.nn.functional.instance_norm(torch.tensor(x), eps=eps).numpy()
run('c1387_instance_norm_ulyanov', {'x':x, r'\epsilon':eps}, exp, fn='y')
