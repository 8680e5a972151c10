from h import *
rng=np.random.default_rng(232); n=5; z,v=rng.normal(size=n),rng.normal(size=n); Tt=2.0
run('c232_distill_grad', {'z':z,'v':v,'T':Tt}, ((torch.softmax(T(z)/Tt,0)-torch.softmax(T(v)/Tt,0))/Tt).numpy())
