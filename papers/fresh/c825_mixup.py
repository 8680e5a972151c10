from h import *
rng=np.random.default_rng(825); d,C=5,3
xi,xj=rng.normal(size=d),rng.normal(size=d); yi,yj=np.eye(C)[0],np.eye(C)[2]; lam=0.3
run('c825_mixup', {'x_i':xi,'x_j':xj,'y_i':yi,'y_j':yj,r'\lambda':lam}, {'x_tilde':lam*xi+(1-lam)*xj,'y_tilde':lam*yi+(1-lam)*yj}, fn=[r'\tilde{x}',r'\tilde{y}'])
