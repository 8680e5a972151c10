from h import *
rng=np.random.default_rng(1169); b,m,m2=5,7,4; qt,qs=rng.normal(size=(b,m)),rng.normal(size=(b,m2))
gt=qt@qt.T; gt/=np.linalg.norm(gt,axis=1,keepdims=True); gs=qs@qs.T; gs/=np.linalg.norm(gs,axis=1,keepdims=True)
run('c1169_sp_kd', {'Q_T':qt,'Q_S':qs}, ((gt-gs)**2).sum()/b**2, fn=r'\mathcal{L}_{SP}')
