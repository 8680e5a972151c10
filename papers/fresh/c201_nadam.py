from h import *
rng=np.random.default_rng(201); d=5; Tn=8
th,g,m,n=rng.normal(size=d),rng.normal(size=d),rng.normal(size=d),np.abs(rng.normal(size=d))
mu=0.9+0.05*rng.random(Tn); nu,eta,eps,t=0.999,0.01,1e-8,3
M=lambda i: mu[i-1]  # mu_1..mu_T, 1-based as in the paper
gh=T(g)/(1-np.prod([M(i) for i in range(1,t+1)]))
mt=M(t)*T(m)+(1-M(t))*T(g)
mh=mt/(1-np.prod([M(i) for i in range(1,t+2)]))
nt=nu*T(n)+(1-nu)*T(g)**2; nh=nt/(1-nu**t)
mb=(1-M(t))*gh+M(t+1)*mh
exp=T(th)-eta*mb/(nh.sqrt()+eps)
run('c201_nadam', {r'\theta_{t-1}':th,'g_t':g,'m_{t-1}':m,'n_{t-1}':n,r'\mu':mu,r'\nu':nu,r'\eta':eta,r'\epsilon':eps,'t':t}, exp.numpy(), fn=r'\theta_t')
