from h import *
rng=np.random.default_rng(1381); C=4; yi=np.eye(C)[1]; yj=np.eye(C)[3]; p=rng.random(C); p/=p.sum(); lam=0.3
run('c1381_weng_mixup_loss', {'y_i':yi, 'y_j':yj, r'f_\theta(\bar{\mathbf{x}})':p, r'\lambda':lam}, np.array(lam*yi@np.log(p)+(1-lam)*yj@np.log(p)), fn=r'\mathcal{L}')
