from h import *
rng=np.random.default_rng(1688); W,n=5,3; X=rng.integers(1,30,size=(W,W)).astype(float); u=rng.normal(size=(W,n)); v=rng.normal(size=(W,n)); xm,al=20.0,0.75
f=np.where(X<xm,(X/xm)**al,1.0); S=v@u.T  # S[i,j]=u_j.v_i
run('c1688_cs224n_glove', {'X':X, 'u':u, 'v':v, 'x_{max}':xm, r'\alpha':al}, np.sum(f*(S-np.log(X))**2), fn=r'\hat{J}')
