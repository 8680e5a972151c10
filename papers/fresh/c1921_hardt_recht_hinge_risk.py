from h import *
rng=np.random.default_rng(1921); n,d=7,3; w=rng.normal(size=d); x=rng.normal(size=(n,d)); y=rng.choice([-1.,1.],size=n)
run('c1921_hardt_recht_hinge_risk', {'w':w, 'x':x, 'y':y}, np.array(np.maximum(1-y*(x@w),0).mean()), fn='R_S')
