from h import *
rng=np.random.default_rng(353); N,D,K=7,2,3; x=rng.normal(size=(N,D)); mu=rng.normal(size=(K,D))
d=((x[:,None,:]-mu[None,:,:])**2).sum(-1)
run('c353_kmeans', {'x':x,r'\mu':mu}, np.array(d.min(1).sum()), fn='J')
