from h import *
rng=np.random.default_rng(1400); d=5
g,m,th=(rng.normal(size=d) for _ in range(3)); v=0.3; b1,b2,eta,eps=0.9,0.95,0.01,1e-8
m2=(1-b1)*g+b1*m; v2=(1-b2)*np.mean(g*g)+b2*v
run('c1400_adam_mini', {'g_t':g,'m_{t-1}':m,r'\theta_{t-1}':th,'v_{t-1}':v,r'\beta_1':b1,r'\beta_2':b2,r'\eta':eta,r'\epsilon':eps},
    th-eta*m2/(np.sqrt(v2)+eps), fn=r'\theta_t')
