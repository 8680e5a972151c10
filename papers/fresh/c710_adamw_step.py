from h import *
rng=np.random.default_rng(710); d=5
th,m=rng.normal(size=d),rng.normal(size=d); v=rng.random(d); eta,a,eps,lam=0.5,1e-2,1e-8,1e-2
run('c710_adamw_step', {r'\theta_{t-1}':th,r'\hat{m}_t':m,r'\hat{v}_t':v,r'\eta_t':eta,r'\alpha':a,r'\epsilon':eps,r'\lambda':lam},
    th-eta*(a*m/(np.sqrt(v)+eps)+lam*th))
