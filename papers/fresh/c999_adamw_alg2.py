from h import *
rng=np.random.default_rng(999); d=5; g,m,th=(rng.normal(size=d) for _ in range(3)); v=rng.random(d)
b1,b2,a,eps,lam,eta,t=0.9,0.999,1e-3,1e-8,1e-2,1.0,3.0
m1=b1*m+(1-b1)*g; v1=b2*v+(1-b2)*g**2; mh=m1/(1-b1**t); vh=v1/(1-b2**t)
run('c999_adamw_alg2', {'g_t':g,'m_{t-1}':m,'v_{t-1}':v,r'\theta_{t-1}':th,r'\beta_1':b1,r'\beta_2':b2,r'\alpha':a,r'\epsilon':eps,r'\lambda':lam,r'\eta_t':eta,'t':t}, th-eta*(a*mh/(np.sqrt(vh)+eps)+lam*th), fn=r'\theta_t')
