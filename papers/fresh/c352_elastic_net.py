from h import *
rng=np.random.default_rng(352); n,p=6,3; y=rng.normal(size=n); X=rng.normal(size=(n,p)); b=rng.normal(size=p); l1,l2=0.3,0.7
run('c352_elastic_net', {'y':y,'X':X,r'\beta':b,r'\lambda_1':l1,r'\lambda_2':l2}, np.array(((y-X@b)**2).sum()+l2*(b**2).sum()+l1*np.abs(b).sum()), fn='L')
