from h import *
rng=np.random.default_rng(1785); C,n,d=3,4,5; W=rng.normal(size=(C,n,d))/2; e=rng.normal(size=(C,n)); hh=rng.normal(size=d); s=0.9
run('c1785_duq_kernel', {'W':W,'e':e,'h':hh,r'\sigma':s}, np.exp(-np.sum((W@hh-e)**2,1)/n/(2*s*s)), fn='K')
