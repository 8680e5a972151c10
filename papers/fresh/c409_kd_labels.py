from h import *
rng=np.random.default_rng(409); K=5; zs,zt=rng.normal(size=K),rng.normal(size=K); y=0; Tt,a=2.0,0.7
F=torch.nn.functional
hard=-F.log_softmax(T(zs),0)[y]; pt=F.softmax(T(zt)/Tt,0)
soft=(pt*(torch.log(pt)-F.log_softmax(T(zs)/Tt,0))).sum()
exp=(1-a)*hard+a*Tt**2*soft
run('c409_kd_labels', {'z_s':zs,'z_t':zt,'y':y+1,'T':Tt,r'\alpha':a}, exp.numpy())
