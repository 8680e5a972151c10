from h import *
rng=np.random.default_rng(611); p=rng.uniform(0.05,0.95,size=6)
run('c611_logit_equiv', {'p':p}, np.log(p/(1-p)), fn='z')
