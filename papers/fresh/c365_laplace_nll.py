from h import *
rng=np.random.default_rng(365); y,mu=rng.normal(size=7),rng.normal(size=7); b=np.exp(rng.normal(size=7))
run('c365_laplace_nll', {'y':y,r'\mu':mu,'b':b}, np.array((np.abs(y-mu)/b+np.log(b)).mean()), fn=r'\mathcal{L}')
