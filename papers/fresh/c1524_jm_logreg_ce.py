from h import *
rng=np.random.default_rng(1524); n=4; w=rng.normal(size=n); x=rng.normal(size=n); b,y=0.2,1.0; s=1/(1+np.exp(-(w@x+b)))
run('c1524_jm_logreg_ce', {'w':w,'x':x,'b':b,'y':y}, -(y*np.log(s)+(1-y)*np.log(1-s)), fn='L_{CE}')
