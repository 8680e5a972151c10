from h import *
rng=np.random.default_rng(2024); p=5; th=rng.normal(size=p); g=rng.normal(size=p); m=rng.normal(size=p)*0.1; v=rng.random(p)*0.1
a,b1,b2,eps,lam,t=1e-2,0.9,0.999,1e-8,0.1,3.0
m2=b1*m+(1-b1)*g; v2=b2*v+(1-b2)*g*g; at=a*np.sqrt(1-b2**t)/(1-b1**t); th2=th-at*m2/(np.sqrt(v2)+eps); th3=th2-a*lam*th2
run('c2024_cs336_adamw', {r'\theta':th, 'g':g, 'm':m, 'v':v, r'\alpha':a, r'\beta_1':b1, r'\beta_2':b2, r'\epsilon':eps, r'\lambda':lam, 't':t}, th3, fn=r'\theta')
