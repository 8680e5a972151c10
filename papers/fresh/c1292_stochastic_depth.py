from h import *
rng=np.random.default_rng(1292); d=5; H=rng.normal(size=d); W=rng.normal(size=(d,d))
for b in (0.0,1.0):
    run('c1292_stochastic_depth', {'H_{\\ell-1}':H,'W_\\ell':W,'b_\\ell':b}, np.maximum(b*(W@H)+H,0), fn='H_\\ell')
