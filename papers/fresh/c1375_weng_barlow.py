from h import *
rng=np.random.default_rng(1375); N,D=5,3; a=rng.normal(size=(N,D)); b=rng.normal(size=(N,D)); lam=0.3
C=(a.T@b)/np.sqrt((a**2).sum(0))[:,None]/np.sqrt((b**2).sum(0))[None,:]
exp=((1-np.diag(C))**2).sum()+lam*((C**2)*(1-np.eye(D))).sum()
run('c1375_weng_barlow', {r'\mathbf{z}^A':a, r'\mathbf{z}^B':b, r'\lambda':lam}, np.array(exp), fn=r'\mathcal{L}_\text{BT}')
