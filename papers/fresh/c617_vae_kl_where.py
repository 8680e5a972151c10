from h import *
rng=np.random.default_rng(617); J=4; mu,l=rng.normal(size=J),rng.normal(size=J)
run('c617_vae_kl_where', {r'\mu':mu, r'\ell':l}, np.array(-0.5*(1+l-mu**2-np.exp(l)).sum()), fn='D')
