from h import *
rng=np.random.default_rng(208); d=8
th,m,h=rng.normal(size=d),rng.normal(size=d),rng.normal(size=d); eta,g,eps=0.1,0.05,1e-2
z=T(m)/torch.clamp(g*T(h),min=eps); c=torch.clamp(z,-1,1)
run('c208_sophia', {r'\theta_t':th,'m_t':m,'h_t':h,r'\eta_t':eta,r'\gamma':g,r'\epsilon':eps}, (T(th)-eta*c).numpy(), fn=r'\theta_{t+1}')
