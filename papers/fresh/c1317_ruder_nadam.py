from h import *
rng=np.random.default_rng(1317); d=5; m,g,th=(rng.normal(size=d) for _ in range(3)); v=rng.uniform(size=d); b1,eta,eps,t=0.9,0.01,1e-8,4
run('c1317_ruder_nadam', {r'\hat{m}_t':m,r'\hat{v}_t':v,'g_t':g,r'\theta_t':th,r'\beta_1':b1,r'\eta':eta,r'\epsilon':eps,'t':t}, th-eta/(np.sqrt(v)+eps)*(b1*m+(1-b1)*g/(1-b1**t)), fn=r'\theta_{t+1}')
