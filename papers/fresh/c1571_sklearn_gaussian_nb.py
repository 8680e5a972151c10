from h import *
rng=np.random.default_rng(1571); n=5; x=rng.normal(size=n); mu=rng.normal(size=n); s=rng.uniform(0.5,2,size=n)
run('c1571_sklearn_gaussian_nb', {'x':x, r'\mu_y':mu, r'\sigma_y':s}, np.exp(-(x-mu)**2/(2*s**2))/np.sqrt(2*np.pi*s**2), fn='P')
