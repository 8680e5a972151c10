from h import *
rng=np.random.default_rng(202); d=5
th,m,v=rng.normal(size=d),rng.normal(size=d),np.abs(rng.normal(size=d))+.1
a,b1,b2,t=1e-3,0.9,0.999,50
ri=2/(1-b2)-1; mh=T(m)/(1-b1**t); rt=ri-2*t*b2**t/(1-b2**t); lt=((1-b2**t)/T(v)).sqrt()
r=np.sqrt((rt-4)*(rt-2)*ri/((ri-4)*(ri-2)*rt))
exp=T(th)-a*r*mh*lt
run('c202_radam', {r'\theta_{t-1}':th,'m_t':m,'v_t':v,r'\alpha_t':a,r'\beta_1':b1,r'\beta_2':b2,'t':t}, exp.numpy(), fn=r'\theta_t')
