from h import *
rng=np.random.default_rng(1562); n=7; t=rng.normal(size=n); t[2]=0.0; q=0.3
run('c1562_sklearn_pinball_pbq', {'t':t,'q':q}, q*np.maximum(t,0)+(1-q)*np.maximum(-t,0), fn='PB_q')
