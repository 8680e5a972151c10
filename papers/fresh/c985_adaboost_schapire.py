from h import *
rng=np.random.default_rng(985); m=6; D=rng.dirichlet(np.ones(m)); y=rng.choice([-1.,1.],m); hx=y.copy(); hx[[1,4]]*=-1
eps=D[[1,4]].sum(); a=0.5*np.log((1-eps)/eps); Z=(D*np.exp(-a*y*hx)).sum()
run('c985_adaboost_schapire', {'D_t':D,'y':y,'h_t(x)':hx,r'\epsilon_t':eps,'Z_t':Z}, {'alpha_t':np.array(a), 'd_t1':D*np.exp(-a*y*hx)/Z}, fn=[r'\alpha_t','D_{t+1}'])
