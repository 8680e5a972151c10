from h import *
rng=np.random.default_rng(1515); n=6; a=rng.normal(size=n)*2; dl=0.7
run('c1515_wiki_pseudo_huber', {'a':a,r'\delta':dl}, dl**2*(np.sqrt(1+(a/dl)**2)-1), fn=r'L_\delta')
