from h import *
rng=np.random.default_rng(633); T,A=5,4
p=rng.dirichlet(np.ones(A),size=T)
run('c633_a3c_entropy', {r'\pi':p}, -(p*np.log(p)).sum(1), fn='H')
