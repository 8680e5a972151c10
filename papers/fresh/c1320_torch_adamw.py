from h import *
rng=np.random.default_rng(1320); d=5; th,g,m=(rng.normal(size=d) for _ in range(3)); v=rng.uniform(size=d); lr,wd,b1,b2,eps,t=0.01,0.1,0.9,0.999,1e-8,5
p=torch.nn.Parameter(T(th)); opt=torch.optim.AdamW([p],lr=lr,betas=(b1,b2),eps=eps,weight_decay=wd)
th1=th-lr*wd*th; mt=b1*m+(1-b1)*g; vt=b2*v+(1-b2)*g**2; mh=mt/(1-b1**t); vh=vt/(1-b2**t)
run('c1320_torch_adamw', {r'\theta_{t-1}':th,'g_t':g,'m_{t-1}':m,'v_{t-1}':v,r'\gamma':lr,r'\lambda':wd,r'\beta_1':b1,r'\beta_2':b2,r'\epsilon':eps,'t':t}, th1-lr*mh/(np.sqrt(vh)+eps), fn=r'\theta_t')
