from h import *
rng=np.random.default_rng(73); D=5; x=(rng.random(D)<.5).astype(float); y=rng.uniform(.1,.9,D)
run('c73_vae_bernoulli', dict(x=x,y=y), (T(x)*torch.log(T(y))+(1-T(x))*torch.log(1-T(y))).sum().numpy())
