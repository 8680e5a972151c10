from h import *
rng=np.random.default_rng(1073); k=5; eta=rng.normal(size=k); n=rng.integers(5,500,k).astype(float)
run('c1073_balanced_softmax', {r'\eta':eta,'n':n}, torch.softmax(T(eta)+torch.log(T(n)),0).numpy())
