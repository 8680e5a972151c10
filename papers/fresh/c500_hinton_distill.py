from h import *
rng=np.random.default_rng(500); K=6; z=rng.normal(size=K)*3; t=2.5
run('c500_hinton_distill', {'z':z,'T':t}, torch.softmax(T(z)/t,0).numpy(), fn='q')
