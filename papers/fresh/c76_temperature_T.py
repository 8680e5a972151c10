from h import *
rng=np.random.default_rng(76); d,K=3,4; W,h=rng.normal(size=(d,K)),rng.normal(size=d); Tt=2.5
run('c76_temperature_T', dict(W=W,h=h,T=Tt), torch.softmax(T(W).T@T(h)/Tt,0).numpy(), fn='q')
run('c76_temperature_T', dict(W=W,h=h,T=Tt), torch.softmax(T(h)@T(W)/Tt,0).numpy(), fn='r')
