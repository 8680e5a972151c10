from h import *
rng=np.random.default_rng(1402); d=5
g,m,th=(rng.normal(size=d) for _ in range(3)); v=rng.uniform(0,1e-2,size=d); v[0]=1e-14
b1,b2,a,eps=0.9,0.9999,0.01,1e-6
m2=b1*m+(1-b1)*g/np.maximum(np.sqrt(v),eps)
run('c1402_adopt', {'g_t':g,'m_{t-1}':m,'v_{t-1}':v,r'\theta_{t-1}':th,r'\beta_1':b1,r'\beta_2':b2,r'\alpha_t':a,r'\epsilon':eps},
    {'theta_t':th-a*m2,'v_t':b2*v+(1-b2)*g*g}, fn=[r'\theta_t','v_t'])
