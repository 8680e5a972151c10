from h import *
rng=np.random.default_rng(540); d=6; g,m,th=rng.normal(size=d),rng.normal(size=d),rng.normal(size=d); b1,b2,lr,wd=0.9,0.99,0.1,0.01
G,M,TH=T(g),T(m),T(th); c=b1*M+(1-b1)*G
run('c540_lion', {'g_t':g,'m_{t-1}':m,r'\theta_{t-1}':th,r'\beta_1':b1,r'\beta_2':b2,r'\eta_t':lr,r'\lambda':wd},
    {'theta_t':(TH-lr*(torch.sign(c)+wd*TH)).numpy(),'m_t':(b2*M+(1-b2)*G).numpy()}, fn=[r'\theta_t','m_t'])
