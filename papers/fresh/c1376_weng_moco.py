from h import *
rng=np.random.default_rng(1376); N,d=5,3; q=rng.normal(size=d); kp=rng.normal(size=d); k=rng.normal(size=(N,d)); tau=0.2
exp=-np.log(np.exp(q@kp/tau)/np.exp(k@q/tau).sum())
run('c1376_weng_moco', {r'\mathbf{q}':q, r'\mathbf{k}^+':kp, r'\mathbf{k}':k, r'\tau':tau}, np.array(exp), fn=r'\mathcal{L}_\text{MoCo}')
