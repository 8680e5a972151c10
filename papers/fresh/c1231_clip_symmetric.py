from h import *
import torch.nn.functional as Fn
rng=np.random.default_rng(1231); N,d=5,4; I=rng.normal(size=(N,d)); Tt=rng.normal(size=(N,d))
I/=np.linalg.norm(I,axis=1,keepdims=True); Tt/=np.linalg.norm(Tt,axis=1,keepdims=True); tau=0.1
lg=T(I@Tt.T/tau); lab=torch.arange(N)
out=((Fn.cross_entropy(lg,lab)+Fn.cross_entropy(lg.T,lab))/2).numpy()
run('c1231_clip_symmetric', {'I':I,'T':Tt,r'\tau':tau}, out, fn=r'\mathcal{L}')
