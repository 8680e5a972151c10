from h import *
rng=np.random.default_rng(1472); d=6; w,wt=rng.normal(size=d),rng.normal(size=d); F,mu=0.7,0.01
run('c1472_fedprox', {'F_k(w)':F, r'\mu':mu, 'w':w, 'w^t':wt}, F+mu/2*np.sum((w-wt)**2), fn='h_k')
