from h import *
rng=np.random.default_rng(541); d=5; m,v,x=rng.normal(size=d),rng.random(d),rng.normal(size=d); eps,lam,lr=1e-6,0.01,0.1
M,V,X=T(m),T(v),T(x); r=M/(V.sqrt()+eps); u=r+lam*X
run('c541_lamb', {'m_t':m,'v_t':v,'x_t':x,r'\epsilon':eps,r'\lambda':lam,r'\eta_t':lr}, (X-lr*X.norm()/u.norm()*u).numpy(), fn='x_{t+1}')
