from h import *
rng=np.random.default_rng(1383); N,M,d=5,3,2; fx=rng.normal(size=d)*0.5; fu=rng.normal(size=(N,d))*0.5; fv=rng.normal(size=(M,d))*0.5; ep=0.1; en=0.9; tau=0.5
exp=max((np.exp(fu@fx).mean()-ep*np.exp(fv@fx).mean())/en, np.exp(-1/tau))
run('c1383_weng_dcl_g', {r'f(\mathbf{x})':fx, r'f(\mathbf{u})':fu, r'f(\mathbf{v})':fv, r'\eta^+':ep, r'\eta^-':en, r'\tau':tau}, np.array(exp), fn='g')
