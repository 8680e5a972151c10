from h import *
rng=np.random.default_rng(1674); k=5; p=rng.random(k)*0.1+0.01; q=rng.random(k)*0.5+0.1
run('c1674_cs236_iwae', {r'p(\mathbf{x},\mathbf{z}^{(i)})':p, r'q(\mathbf{z}^{(i)}|\mathbf{x})':q}, np.log(np.mean(p/q)), fn=r'\mathcal{L}_k')
