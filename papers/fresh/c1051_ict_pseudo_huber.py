from h import *
rng=np.random.default_rng(1051); D=12; x,y=rng.normal(size=D),rng.normal(size=D); c=0.00054*np.sqrt(D)
run('c1051_ict_pseudo_huber', {r'\mathbf{x}':x,r'\mathbf{y}':y,'c':c}, np.array(np.sqrt(np.sum((x-y)**2)+c*c)-c), fn='d')
