from h import *
rng=np.random.default_rng(666); d=6; g,m,v,x=rng.normal(size=d),rng.normal(size=d),np.abs(rng.normal(size=d)),rng.normal(size=d)
b1,b2,lr,lam,eps,t=0.9,0.999,0.01,0.01,1e-6,3
G,X=T(g),T(x); M=(b1*T(m)+(1-b1)*G)/(1-b1**t); V=(b2*T(v)+(1-b2)*G**2)/(1-b2**t); r=M/(V.sqrt()+eps)
u=r+lam*X
run('c666_lamb_full', {'g_t':g,'m_{t-1}':m,'v_{t-1}':v,'x_t^{(i)}':x,r'\beta_1':b1,r'\beta_2':b2,r'\eta_t':lr,r'\lambda':lam,r'\epsilon':eps,'t':t},
    (X-lr*X.norm()/u.norm()*u).numpy(), fn='x_{t+1}^{(i)}')
