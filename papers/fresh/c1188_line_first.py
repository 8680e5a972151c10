from h import *
rng=np.random.default_rng(1188); n,d=5,3; u=rng.normal(size=(n,d)); w=rng.uniform(0,1,(n,n))*(rng.uniform(size=(n,n))<0.5)
P=1/(1+np.exp(-u@u.T)); run('c1188_line_first', {r'\vec{u}':u,'w':w}, -(w*np.log(P)).sum(), fn='O_1')
