from h import *
rng=np.random.default_rng(266); d=5; th,v,g=rng.normal(size=d),rng.normal(size=d),rng.normal(size=d); m1,m,e=0.85,0.9,0.01
run('c266_nesterov_bengio', {r'\Theta_t':th,'v_{t-1}':v,'g_t':g,r'\mu_{t-1}':m1,r'\mu_t':m,r'\epsilon_t':e}, (T(th)+m1*m*T(v)-(1+m)*e*T(g)).numpy(), fn=r'\Theta_{t+1}')
