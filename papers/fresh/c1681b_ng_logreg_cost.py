from h import *
rng=np.random.default_rng(16812); nx,m=3,5; X=rng.normal(size=(nx,m)); w=rng.normal(size=nx); b=0.1; y=(rng.random(m)<0.5)*1.0
a=torch.sigmoid(T(w)@T(X)+b)
run('c1681b_ng_logreg_cost', {'X':X, 'w':w, 'b':b, 'y':y}, torch.nn.functional.binary_cross_entropy(a, T(y)).item(), fn='J')
