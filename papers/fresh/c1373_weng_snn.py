from h import *
rng=np.random.default_rng(1373); B,d=6,2; x=rng.normal(size=(B,d)); y=np.array([0,1,0,1,2,2.]); tau=0.7
D=((x[:,None,:]-x[None,:,:])**2).sum(-1); E=np.exp(-D/tau); off=1-np.eye(B); same=(y[:,None]==y[None,:])*off
exp=-np.mean(np.log((E*same).sum(1)/(E*off).sum(1)))
run('c1373_weng_snn', {r'\mathbf{x}':x, 'y':y, r'\tau':tau}, np.array(exp), fn=r'\mathcal{L}_\text{snn}')
