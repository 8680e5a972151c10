from h import *
rng=np.random.default_rng(1297); m,d=5,3; B=rng.normal(size=(m,d)); g=rng.normal(size=d); be=rng.normal(size=d); eps=1e-5
mu=B.mean(0); var=((B-mu)**2).mean(0)+eps; Y=g*(B-mu)/np.sqrt(var)+be
run('c1297_d2l_batchnorm', {'\\mathcal{B}':B,'\\boldsymbol{\\gamma}':g,'\\boldsymbol{\\beta}':be,'\\epsilon':eps}, Y, fn='Y')
