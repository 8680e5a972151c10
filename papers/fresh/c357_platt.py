from h import *
rng=np.random.default_rng(357); f=rng.normal(size=6); A,B=-1.7,0.2
run('c357_platt', {'f':f,'A':A,'B':B}, 1/(1+np.exp(A*f+B)), fn='P')
