from h import *
rng=np.random.default_rng(1990); d=4; th,g,m1,m2=(rng.normal(size=d) for _ in range(4)); nu=rng.uniform(size=d); b1,b2,b3,a,eta,lam,eps,t=0.9,0.999,0.9999,5.0,0.01,0.1,1e-8,3
M1=b1*m1+(1-b1)*g; M2=b3*m2+(1-b3)*g; NU=b2*nu+(1-b2)*g**2; m1h=M1/(1-b1**t); nuh=NU/(1-b2**t)
run('c1990_ademamix', {r'\theta^{(t-1)}':th, r'\boldsymbol{g}^{(t)}':g, r'\boldsymbol{m}_1^{(t-1)}':m1, r'\boldsymbol{m}_2^{(t-1)}':m2, r'\boldsymbol{\nu}^{(t-1)}':nu, r'\beta_1':b1, r'\beta_2':b2, r'\beta_3':b3, r'\alpha':a, r'\eta':eta, r'\lambda':lam, r'\epsilon':eps, 't':t},
    th-eta*((m1h+a*M2)/(np.sqrt(nuh)+eps)+lam*th), fn=r'\theta^{(t)}')
