from h import *
rng=np.random.default_rng(667); n,d=3,4; th,g,m=(rng.normal(size=(n,d)) for _ in range(3)); b1,b2,lr,wd=0.9,0.99,0.1,0.01
c=b1*T(m)+(1-b1)*T(g)
run('c667_lion_matrix', {r'\theta_{t-1}':th,'g_t':g,'m_{t-1}':m,r'\beta_1':b1,r'\beta_2':b2,r'\eta_t':lr,r'\lambda':wd},
    {'theta_t':(T(th)-lr*(torch.sign(c)+wd*T(th))).numpy(),'m_t':(b2*T(m)+(1-b2)*T(g)).numpy()}, fn=[r'\theta_t','m_t'])
