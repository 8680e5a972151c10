from h import *
rng=np.random.default_rng(1374); N,d=3,4; z=rng.normal(size=(2*N,d)); tau=0.5
zn=z/np.linalg.norm(z,axis=1,keepdims=True); S=np.exp(zn@zn.T/tau); den=(S*(1-np.eye(2*N))).sum(1)
exp=-np.log(S/den[:,None])
run('c1374_weng_simclr', {r'\mathbf{z}':z, r'\tau':tau}, exp, fn=r'\mathcal{L}_\text{SimCLR}^{(i,j)}')
