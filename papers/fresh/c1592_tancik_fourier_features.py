from h import *
# interleaved [a_j cos(2 pi b_j.v), a_j sin(2 pi b_j.v)] for j = 1..m
rng=np.random.default_rng(1592); m,d=4,3; v=rng.normal(size=d); a=rng.uniform(0.5,2,size=m); b=rng.normal(size=(m,d))
z=2*np.pi*b@v
run('c1592_tancik_fourier_features', {r'\mathbf{v}':v, 'a':a, r'\mathbf{b}':b}, np.stack([a*np.cos(z),a*np.sin(z)],1).ravel(), fn=r'\gamma')
