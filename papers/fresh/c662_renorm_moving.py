from h import *
rng=np.random.default_rng(662); d=5; mu,s,mb,sb=(rng.normal(size=d) for _ in range(4)); s=np.abs(s); sb=np.abs(sb); a=0.01
run('c662_renorm_moving', {r'\mu':mu,r'\sigma':s,r'\mu_\mathcal{B}':mb,r'\sigma_\mathcal{B}':sb,r'\alpha':a},
    {'mu':mu+a*(mb-mu),'sigma':s+a*(sb-s)}, fn=[r'\mu',r'\sigma'])
