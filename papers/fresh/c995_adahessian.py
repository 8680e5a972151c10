from h import *
rng=np.random.default_rng(995); t,d=4,3; D=rng.normal(size=(t,d)); b2=0.9
wts=b2**(t-np.arange(1,t+1))
run('c995_adahessian', {'D^{(s)}':D, r'\beta_2':b2}, np.sqrt((1-b2)*(wts[:,None]*D*D).sum(0)/(1-b2**t)))
