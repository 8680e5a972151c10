from h import *
rng=np.random.default_rng(1447); n=7; h=rng.normal(size=n)*2+1; ga,de,eps=1.5,0.3,1e-5
m=h.mean(); s=np.sqrt(((h-m)**2).mean())
run('c1447_prince_batchnorm', {'h':h,r'\gamma':ga,r'\delta':de,r'\epsilon':eps}, ga*(h-m)/(s+eps)+de, fn='h')
