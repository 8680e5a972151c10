from h import *
rng=np.random.default_rng(1864); B,d=4,3; x=rng.normal(size=(B,d)); y=rng.normal(size=(B,d)); t,b=2.0,-1.0
z=2*np.eye(B)-1; L=-np.sum(np.log(1/(1+np.exp(z*(-t*x@y.T+b)))))/B
run('c1864_siglip', {'x':x,'y':y,'t':t,'b':b}, L, fn='L')
