from h import *
rng=np.random.default_rng(1372); N=6; a=rng.normal(size=N); b=rng.normal(size=N)
s=lambda z:1/(1+np.exp(-z))
exp=-np.mean(np.log(s(a))+np.log(1-s(b)))
run('c1372_weng_nce', {r'\ell_\theta(\mathbf{x})':a, r'\ell_\theta(\tilde{\mathbf{x}})':b}, np.array(exp), fn=r'\mathcal{L}_\text{NCE}')
