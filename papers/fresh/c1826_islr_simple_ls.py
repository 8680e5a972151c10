from h import *
rng=np.random.default_rng(1826); n=7; x=rng.normal(size=n); y=2*x+rng.normal(size=n)+1
b1=((x-x.mean())*(y-y.mean())).sum()/((x-x.mean())**2).sum(); b0=y.mean()-b1*x.mean()
run('c1826_islr_simple_ls', {'x':x, 'y':y}, np.array(b0), fn=r'\hat{\beta}_0')
