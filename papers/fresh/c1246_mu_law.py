from h import *
rng=np.random.default_rng(1246); Tn=7; x=rng.uniform(-0.99,0.99,Tn); mu=255.0
run('c1246_mu_law', {'x':x, r'\mu':mu}, np.sign(x)*np.log(1+mu*np.abs(x))/np.log(1+mu), fn='f')
