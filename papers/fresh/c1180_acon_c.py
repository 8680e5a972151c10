from h import *
rng=np.random.default_rng(1180); C=5; x=rng.normal(size=C); p1,p2,b=rng.normal(size=C),rng.normal(size=C),rng.uniform(0.5,2,C)
d=(p1-p2)*x; run('c1180_acon_c', {'x':x,'p_1':p1,'p_2':p2,r'\beta':b}, d/(1+np.exp(-b*d))+p2*x, fn=r'f_{\text{ACON-C}}')
