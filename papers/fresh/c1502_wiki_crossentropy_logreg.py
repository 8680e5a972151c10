from h import *
rng=np.random.default_rng(1502); N,d=7,3; X=rng.normal(size=(N,d)); w=rng.normal(size=d); y=(rng.random(N)>0.5)*1.0
yh=1/(1+np.exp(-X@w))
run('c1502_wiki_crossentropy_logreg', {'X':X, r'\mathbf{w}':w, 'y':y}, -np.mean(y*np.log(yh)+(1-y)*np.log(1-yh)), fn='J')
