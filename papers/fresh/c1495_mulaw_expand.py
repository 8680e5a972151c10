from h import *
rng=np.random.default_rng(1495); y=rng.uniform(-1,1,7); mu=255.
run('c1495_mulaw_expand', {'y':y, r'\mu':mu}, np.sign(y)/mu*((1+mu)**np.abs(y)-1), fn='F^{-1}', rtol=1e-3)
