from h import *
rng=np.random.default_rng(1871); th,m,g=[rng.normal(size=4) for _ in range(3)]; b1,b2,eta,lam=0.9,0.99,0.1,0.01
c=b1*m+(1-b1)*g
run('c1871_lion', {r'\theta_{t-1}':th,'m_{t-1}':m,'g_t':g,r'\beta_1':b1,r'\beta_2':b2,r'\eta_t':eta,r'\lambda':lam},
  {'theta_t':th-eta*(np.sign(c)+lam*th),'m_t':b2*m+(1-b2)*g}, fn=[r'\theta_t','m_t'])
