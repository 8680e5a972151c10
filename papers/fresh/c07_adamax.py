from h import *
rng=np.random.default_rng(7); d=6
th,g,m,u=rng.normal(size=d),rng.normal(size=d),rng.normal(size=d),np.abs(rng.normal(size=d))
a,b1,b2,t=0.002,0.9,0.999,3
mt=b1*T(m)+(1-b1)*T(g); ut=torch.maximum(b2*T(u),T(g).abs()); exp=T(th)-(a/(1-b1**t))*mt/ut
run('c07_adamax', {'\\theta_{t-1}':th,'g_t':g,'m_{t-1}':m,'u_{t-1}':u,'\\alpha':a,'\\beta_1':b1,'\\beta_2':b2,'t':t}, exp.numpy())
