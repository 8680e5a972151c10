from h import *
rng=np.random.default_rng(1150); d=5
th,m1,m2,g=(rng.normal(size=d) for _ in range(4)); nu=rng.uniform(0.1,1,d)
b1,b2,b3,a,eta,eps,lam,t=0.9,0.999,0.9999,5.0,0.01,1e-8,0.1,7.0
M1=b1*m1+(1-b1)*g; M2=b3*m2+(1-b3)*g; NU=b2*nu+(1-b2)*g**2
exp=th-eta*((M1/(1-b1**t)+a*M2)/(np.sqrt(NU/(1-b2**t))+eps)+lam*th)
run('c1150_ademamix', {r'\theta^{(t-1)}':th,r'm_1^{(t-1)}':m1,r'm_2^{(t-1)}':m2,r'\nu^{(t-1)}':nu,r'g^{(t)}':g,
 r'\beta_1':b1,r'\beta_2':b2,r'\beta_3':b3,r'\alpha':a,r'\eta':eta,r'\epsilon':eps,r'\lambda':lam,'t':t}, exp, fn=r'\theta^{(t)}')
