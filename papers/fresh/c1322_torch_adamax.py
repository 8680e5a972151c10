from h import *
rng=np.random.default_rng(1322); d=6; th,g,m=(rng.normal(size=d) for _ in range(3)); u=rng.uniform(size=d); lr,b1,b2,eps,t=0.002,0.9,0.999,1e-8,3
mt=b1*m+(1-b1)*g; ut=np.maximum(b2*u,np.abs(g)+eps)
run('c1322_torch_adamax', {r'\theta_{t-1}':th,'g_t':g,'m_{t-1}':m,'u_{t-1}':u,r'\gamma':lr,r'\beta_1':b1,r'\beta_2':b2,r'\epsilon':eps,'t':t}, th-lr*mt/((1-b1**t)*ut), fn=r'\theta_t')
