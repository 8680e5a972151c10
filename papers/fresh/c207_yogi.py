from h import *
rng=np.random.default_rng(207); d=6
x,g,m,v=rng.normal(size=d),rng.normal(size=d),rng.normal(size=d),np.abs(rng.normal(size=d))
b1,b2,eta,eps=0.9,0.999,0.01,1e-3
mt=b1*T(m)+(1-b1)*T(g); vt=T(v)-(1-b2)*torch.sign(T(v)-T(g)**2)*T(g)**2
run('c207_yogi', {'x_t':x,'g_t':g,'m_{t-1}':m,'v_{t-1}':v,r'\beta_1':b1,r'\beta_2':b2,r'\eta_t':eta,r'\epsilon':eps}, (T(x)-eta*mt/(vt.sqrt()+eps)).numpy(), fn='x_{t+1}')
