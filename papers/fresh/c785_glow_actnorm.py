from h import *
rng=np.random.default_rng(785); H,Wd,C=3,2,4
x=rng.normal(size=(H,Wd,C)); s=rng.normal(size=C); b=rng.normal(size=C)
ins={'x':x,'s':s,'b':b}
run('c785_glow_actnorm', ins, (T(x)*T(s)+T(b)).numpy(), fn='y_{i,j}')
run('c785_glow_actnorm', {'x':x,'s':s}, np.array(H*Wd*np.log(np.abs(s)).sum()), fn=r'\log\det')
