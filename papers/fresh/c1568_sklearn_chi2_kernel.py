from h import *
rng=np.random.default_rng(1568); d=5; x=rng.random(d)+0.1; y=rng.random(d)+0.1; g=0.7
run('c1568_sklearn_chi2_kernel', {'x':x,'y':y, r'\gamma':g}, np.exp(-g*np.sum((x-y)**2/(x+y))), fn='k')
