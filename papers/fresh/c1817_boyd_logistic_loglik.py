from h import *
rng=np.random.default_rng(1817); m,n,q=6,3,4; a=rng.normal(size=n); b=0.3; u=rng.normal(size=(m,n)); z=u@a+b
run('c1817_boyd_logistic_loglik', {'a':a, 'b':b, 'u':u, 'q':q}, np.array(z[:q].sum()-np.log1p(np.exp(z)).sum()), fn='l')
