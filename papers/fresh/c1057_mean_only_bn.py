from h import *
rng=np.random.default_rng(1057); t=rng.normal(size=6); b=0.3
run('c1057_mean_only_bn', {'t':t,'b':b}, t-t.mean()+b, fn=r'\tilde{t}')
