from h import *
rng=np.random.default_rng(17); B=6
r,q1,q2,lp=[rng.normal(size=B) for _ in range(4)]; d=(rng.random(B)<.3).astype(float); g,a=0.99,0.2
exp=T(r)+g*(1-T(d))*(torch.minimum(T(q1),T(q2))-a*T(lp))
run('c17_sac_target', {'r':r,'d':d,'Q_1':q1,'Q_2':q2,'l_\\pi':lp,'\\gamma':g,'\\alpha':a}, exp.numpy())
