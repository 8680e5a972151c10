from h import *
rng=np.random.default_rng(210); d=5
th,m,v=rng.normal(size=d),rng.normal(size=d),np.abs(rng.normal(size=d)); a,b1,b2,e,t=1e-3,0.9,0.999,1e-8,7
at=a*np.sqrt(1-b2**t)/(1-b1**t)
run('c210_adam_stepsize', {r'\theta_{t-1}':th,'m_t':m,'v_t':v,r'\alpha':a,r'\beta_1':b1,r'\beta_2':b2,r'\hat{\epsilon}':e,'t':t}, (T(th)-at*T(m)/(T(v).sqrt()+e)).numpy(), fn=r'\theta_t')
