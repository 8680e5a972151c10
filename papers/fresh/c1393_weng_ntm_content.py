from h import *
import torch
rng=np.random.default_rng(1393); N,M=5,3; Mt=torch.tensor(rng.normal(size=(N,M))); k=torch.tensor(rng.normal(size=M)); b=2.0
cos=(Mt@k)/(k.norm()*Mt.norm(dim=1)); exp=torch.softmax(b*cos,0).numpy()
run('c1393_weng_ntm_content', {r'\mathbf{M}_t':Mt.numpy(), r'\mathbf{k}_t':k.numpy(), r'\beta_t':b}, exp, fn=r'w_t^c')
