from h import *
rng=np.random.default_rng(767); n=6; A=rng.uniform(1,5,size=n); F=A+rng.normal(size=n)
run('c767_smape', {'A':A,'F':F}, np.array(100/n*(np.abs(F-A)/((np.abs(A)+np.abs(F))/2)).sum()), fn=r'\text{SMAPE}')
