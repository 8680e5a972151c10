from h import *
rng=np.random.default_rng(321); d=5; th,g,m=rng.normal(size=d),rng.normal(size=d),rng.normal(size=d); v=np.abs(rng.normal(size=d)); a,n1,n2,e=0.01,0.7,1.0,1e-8
exp=T(th)-a*((1-n1)*T(g)+n1*T(m))/(torch.sqrt((1-n2)*T(g)**2+n2*T(v))+e)
run('c321_qhadam', {r'\theta_t':th,'g_t':g,r'\hat{m}_{t+1}':m,r'\hat{v}_{t+1}':v,r'\alpha':a,r'\nu_1':n1,r'\nu_2':n2,r'\epsilon':e}, exp.numpy(), fn=r'\theta_{t+1}')
