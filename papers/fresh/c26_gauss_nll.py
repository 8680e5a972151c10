from h import *
rng=np.random.default_rng(26); N=6; y,mu=rng.normal(size=N),rng.normal(size=N); var=rng.uniform(.2,2,N)
exp=torch.nn.functional.gaussian_nll_loss(T(mu),T(y),T(var),eps=0)
run('c26_gauss_nll', {'y':y,'\\mu':mu,'\\sigma^2':var}, exp.numpy())
