from h import *
rng=np.random.default_rng(676); n=6; d=rng.integers(1,6,size=n).astype(float); a=-1.0
delta=torch.log(T(d)+1).mean()
run('c676_pna_scaler', {'d':d,r'\alpha':a}, ((torch.log(T(d)+1)/delta)**a).numpy(), fn='S')
