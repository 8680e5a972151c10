from h import *
rng=np.random.default_rng(1421); B=5
pth,pt,P=rng.uniform(0.1,0.9,size=B),rng.uniform(0.1,0.9,size=B),rng.uniform(0,1,size=B); eta=2.0
run('c1421_sppo', {r'\pi_\theta(y|x)':pth,r'\pi_t(y|x)':pt,r'\widehat{\mathbb{P}}(y \succ \pi_t|x)':P,r'\eta':eta},
    np.array(np.mean((np.log(pth/pt)-eta*(P-0.5))**2)))
