from h import *
rng=np.random.default_rng(877); n,f=5,3; Z=rng.normal(size=(n,f))
run('c877_gae_decoder', {r'\mathbf{Z}':Z}, torch.sigmoid(T(Z)@T(Z).T).numpy(), fn=r'\hat{\mathbf{A}}')
