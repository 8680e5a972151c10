from h import *
rng=np.random.default_rng(354); x=rng.normal(size=9); y=x*0.5+rng.normal(size=9)
run('c354_pearson', {'x':x,'y':y}, np.array(np.corrcoef(x,y)[0,1]), fn='r_{xy}')
