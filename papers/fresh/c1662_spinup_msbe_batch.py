from h import *
rng=np.random.default_rng(1662); N=7; q=rng.normal(size=N); y=rng.normal(size=N)
run('c1662_spinup_msbe_batch', {r'Q_{\phi}(s,a)':q, "y(r,s',d)":y}, torch.mean((T(q)-T(y))**2).item(), fn='L')
