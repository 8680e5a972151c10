from h import *
rng=np.random.default_rng(1268); J=4; mu=rng.normal(size=J); sg=rng.uniform(0.3,1.5,size=J); lp,g,C=-12.5,100.0,0.5
kl=-0.5*(1+np.log(sg**2)-mu**2-sg**2).sum()
run('c1268_beta_vae_capacity', {r'\mu':mu,r'\sigma':sg,r'\log p_\theta(\mathbf{x}|\mathbf{z})':lp,r'\gamma':g,'C':C}, np.array(lp-g*abs(kl-C)), fn=r'\mathcal{L}')
