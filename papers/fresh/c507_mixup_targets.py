from h import *
rng=np.random.default_rng(507); K=5; yi=np.eye(K)[1]; yj=np.eye(K)[3]; lam=0.3
run('c507_mixup_targets', {'y_i':yi,'y_j':yj,r'\lambda':lam}, lam*yi+(1-lam)*yj)
