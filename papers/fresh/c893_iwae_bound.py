from h import *
rng=np.random.default_rng(893); k=5; p=rng.uniform(0.01,0.2,k); q=rng.uniform(0.1,1,k)
run('c893_iwae_bound', {r'p(\mathbf{x}, \mathbf{h}_i)':p,r'q(\mathbf{h}_i|\mathbf{x})':q}, torch.log((T(p)/T(q)).mean()).numpy())
