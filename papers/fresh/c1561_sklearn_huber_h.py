from h import *
rng=np.random.default_rng(1561); n=8; z=rng.normal(size=n)*2; eps=1.35
a=np.abs(z)
run('c1561_sklearn_huber_h', {'z':z, r'\epsilon':eps}, np.where(a<eps, z**2, 2*eps*a-eps**2), fn=r'H_{\epsilon}')
