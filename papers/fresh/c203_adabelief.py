from h import *
rng=np.random.default_rng(203); d=5
th,g,m,s=rng.normal(size=d),rng.normal(size=d),rng.normal(size=d),np.abs(rng.normal(size=d))
a,b1,b2,eps,t=1e-3,0.9,0.999,1e-8,4
mt=b1*T(m)+(1-b1)*T(g); st=b2*T(s)+(1-b2)*(T(g)-mt)**2+eps
exp=T(th)-a*(mt/(1-b1**t))/((st/(1-b2**t)).sqrt()+eps)
run('c203_adabelief', {r'\theta_{t-1}':th,'g_t':g,'m_{t-1}':m,'s_{t-1}':s,r'\alpha':a,r'\beta_1':b1,r'\beta_2':b2,r'\epsilon':eps,'t':t}, exp.numpy(), fn=r'\theta_t')
