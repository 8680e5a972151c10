from h import *
rng=np.random.default_rng(616); d=6; e,et=rng.normal(size=d),rng.normal(size=d)
run('c616_ddpm_simple_chain', {r'\epsilon':e, r'\epsilon_\theta':et}, np.array(((e-et)**2).sum()), fn=r'L_{\mathrm{simple}}')
