from h import *
rng=np.random.default_rng(1315); d=5; m,g,th=(rng.normal(size=d) for _ in range(3)); v=rng.uniform(size=d); b1,b2,eta,eps,t=0.9,0.999,0.01,1e-8,3
mt=b1*m+(1-b1)*g; vt=b2*v+(1-b2)*g**2; mh=mt/(1-b1**t); vh=vt/(1-b2**t)
run('c1315_ruder_adam', {'m_{t-1}':m,'v_{t-1}':v,'g_t':g,r'\theta_t':th,r'\beta_1':b1,r'\beta_2':b2,r'\eta':eta,r'\epsilon':eps,'t':t}, th-eta/(np.sqrt(vh)+eps)*mh, fn=r'\theta_{t+1}')
