from h import *
import torch.nn.functional as Fn
rng=np.random.default_rng(1248); K,Tn=2,6; wf,wg=rng.normal(size=K),rng.normal(size=K); x=rng.normal(size=Tn)
conv=lambda w:Fn.conv1d(Fn.pad(T(x)[None,None],(K-1,0)),T(w)[None,None]).ravel()
run('c1248_wavenet_gate', {'W_{f,k}':wf,'W_{g,k}':wg,r'\mathbf{x}':x}, (torch.tanh(conv(wf))*torch.sigmoid(conv(wg))).numpy(), fn=r'\mathbf{z}')
