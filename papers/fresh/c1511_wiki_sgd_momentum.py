from h import *
rng=np.random.default_rng(1511); n=4; w=rng.normal(size=n); dw=rng.normal(size=n)*.1; g=rng.normal(size=n); a,eta=0.9,0.05
dw1=a*dw-eta*g
run('c1511_wiki_sgd_momentum', {'w':w,r'\Delta w':dw,r'\nabla Q_i(w)':g,r'\alpha':a,r'\eta':eta}, w+dw1, fn='w')
