from h import *
rng=np.random.default_rng(1611); n=7; a=rng.normal(size=n); b=rng.normal(size=n); c=rng.normal(size=n)
run('c1611_molnar_h_statistic', {'PD_{jk}(x_{j}^{(i)},x_k^{(i)})':a, 'PD_j(x_j^{(i)})':b, 'PD_k(x_{k}^{(i)})':c}, np.sum((a-b-c)**2)/np.sum(a**2), fn='H^2_{jk}')
