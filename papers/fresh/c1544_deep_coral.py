from h import *
rng=np.random.default_rng(1544); nS,nT,d=9,7,4; DS=rng.normal(size=(nS,d)); DT=rng.normal(size=(nT,d))*1.3+0.5
cs=torch.cov(T(DS).T); ct=torch.cov(T(DT).T)
run('c1544_deep_coral', {'D_S':DS,'D_T':DT}, (((cs-ct)**2).sum()/(4*d*d)).numpy(), fn=r'\ell_{CORAL}')
