from h import *
rng=np.random.default_rng(1606); n,m,d=5,3,2; x=rng.normal(size=d); X=rng.normal(size=(n,d)); Z=rng.normal(size=(m,d)); g=0.5
k=lambda A: np.exp(-g*np.sum((A-x)**2,1))
run('c1606_molnar_witness', {r'\mathbf{x}':x, r'\mathbf{x}^{(i)}':X, r'\mathbf{z}^{(j)}':Z, r'\gamma':g}, k(X).mean()-k(Z).mean(), fn=r'\mathrm{witness}')
