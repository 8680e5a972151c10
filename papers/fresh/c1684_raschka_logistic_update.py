from h import *
rng=np.random.default_rng(1684); n,m=6,3; x=rng.normal(size=(n,m)); y=(rng.random(n)<0.5)*1.0; z=rng.normal(size=n); eta=0.1
run('c1684_raschka_logistic_update', {'x':x, 'y':y, 'z':z, r'\eta':eta}, eta*((y-torch.sigmoid(T(z)).numpy())@x), fn=r'\Delta w')
