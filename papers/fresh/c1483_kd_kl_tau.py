from h import *
rng=np.random.default_rng(1483); C=6; zt,zs=rng.normal(size=C)*3,rng.normal(size=C)*3; tau=4.
p=np.exp(zt/tau); p/=p.sum(); q=np.exp(zs/tau); q/=q.sum()
run('c1483_kd_kl_tau', {'z^t':zt, 'z^s':zs, r'\tau':tau}, tau**2*np.sum(p*np.log(p/q)), fn=r'\mathcal{L}_{KD}')
