from h import *
rng=np.random.default_rng(231); W,H,C,K=4,5,3,6; xa,xb=rng.normal(size=(W,H,C)),rng.normal(size=(W,H,C)); M=(rng.random((W,H))<.5).astype(float)
ya,yb=np.eye(K)[1],np.eye(K)[4]; lam=0.35
run('c231_cutmix', {'x_A':xa,'x_B':xb,r'\mathbf{M}':M,'y_A':ya,'y_B':yb,r'\lambda':lam},
    {'x_tilde':(T(M)[:,:,None]*T(xa)+(1-T(M))[:,:,None]*T(xb)).numpy(), 'y_tilde':(lam*T(ya)+(1-lam)*T(yb)).numpy()}, fn=[r'\tilde{x}',r'\tilde{y}'])
