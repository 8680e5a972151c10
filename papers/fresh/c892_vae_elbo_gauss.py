from h import *
rng=np.random.default_rng(892); J,L=4,3; mu=rng.normal(size=J); sg=rng.uniform(0.5,1.5,J); lp=rng.normal(size=L)-5
e=0.5*(1+torch.log(T(sg)**2)-T(mu)**2-T(sg)**2).sum()+T(lp).mean()
run('c892_vae_elbo_gauss', {r'\boldsymbol{\mu}^{(i)}':mu,r'\boldsymbol{\sigma}^{(i)}':sg,r'\log p_{\boldsymbol{\theta}}(\mathbf{x}^{(i)}|\mathbf{z}^{(i,l)})':lp}, e.numpy())
