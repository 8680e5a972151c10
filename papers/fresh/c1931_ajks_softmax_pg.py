from h import *
rng=np.random.default_rng(1931); S,A=3,4; d=rng.uniform(size=S); p=rng.uniform(size=(S,A)); Ad=rng.normal(size=(S,A)); g=0.8
run('c1931_ajks_softmax_pg', {r'd^{\pi_\theta}_\mu':d, r'\pi_\theta':p, r'A^{\pi_\theta}':Ad, r'\gamma':g}, d[:,None]*p*Ad/(1-g), fn=r'\frac{\partial V^{\pi_\theta}(\mu)}{\partial \theta_{s,a}}')
