from h import *
rng=np.random.default_rng(406); C=5; z=rng.normal(size=C); y=4
exp=-torch.log_softmax(T(z),0)[y]
run('c406_ce_exclusion', {'z':z,'y':y}, exp.numpy())
