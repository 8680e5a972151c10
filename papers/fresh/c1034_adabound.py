from h import *
rng=np.random.default_rng(1034); d=6; x,m=rng.normal(size=d),rng.normal(size=d); v=np.abs(rng.normal(size=d))*1e-2+1e-4
a,lo,hi,t=1e-3,0.05,0.2,9
eh=torch.clamp(a/T(v).sqrt(),lo,hi); et=eh/np.sqrt(t)
run('c1034_adabound', {'x_t':x,'m_t':m,'v_t':v,r'\alpha':a,r'\eta_l(t)':lo,r'\eta_u(t)':hi,'t':t}, (T(x)-et*T(m)).numpy(), fn='x_{t+1}')
