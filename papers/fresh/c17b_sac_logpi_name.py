from h import *
rng=np.random.default_rng(1717); B=5; r,d,q1,q2,lp=rng.normal(size=B),(rng.random(B)>0.5).astype(float),rng.normal(size=B),rng.normal(size=B),-rng.random(B)
g,a=0.99,0.2
run('c17b_sac_logpi_name', {'r':r,'d':d,'Q_1':q1,'Q_2':q2,r'\log\pi':lp,r'\gamma':g,r'\alpha':a},
    (T(r)+g*(1-T(d))*(torch.min(T(q1),T(q2))-a*T(lp))).numpy(), fn='y')
