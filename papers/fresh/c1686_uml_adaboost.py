from h import *
rng=np.random.default_rng(1686); m=8; D=rng.random(m); D/=D.sum(); y=np.where(rng.random(m)<0.5,-1.0,1.0); h=y.copy(); h[[1,4,6]]*=-1
eps=np.sum(D*(y!=h)); w=0.5*np.log(1/eps-1); Dn=D*np.exp(-w*y*h); Dn/=Dn.sum()
run('c1686_uml_adaboost', {'D^{(t)}':D, r'\mathbf{y}':y, r'h_t(\mathbf{x})':h}, Dn, fn='D^{(t+1)}')
