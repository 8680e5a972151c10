from h import *
rng=np.random.default_rng(363); y=rng.normal(size=7); t=np.sign(rng.normal(size=7))
run('c363_logistic_loss', {'y':y,'t':t}, np.array(np.log(1+np.exp(-y*t)).sum()), fn='E')
