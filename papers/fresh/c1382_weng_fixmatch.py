from h import *
rng=np.random.default_rng(1382); M,C=6,3; yh=rng.random((M,C))**3; yh/=yh.sum(1,keepdims=True); p=rng.random((M,C)); p/=p.sum(1,keepdims=True); tau=0.6
ce=-(yh*np.log(p)).sum(1); exp=((yh.max(1)>=tau)*ce).mean()
run('c1382_weng_fixmatch', {r'\hat{y}':yh, r'p_\theta(y \mid \mathcal{A}_\text{strong}(\mathbf{u}))':p, r'\tau':tau}, np.array(exp), fn=r'\mathcal{L}_u')
