from h import *
rng=np.random.default_rng(323); n=5; g,m,w=rng.normal(size=n),rng.normal(size=n),rng.normal(size=n); v=0.8; b1,b2,e,dd=0.95,0.98,1e-8,0.001
vt=b2*v+(1-b2)*(T(g)**2).sum()
inp={'g_t':g,'m_{t-1}':m,'w_t':w,'v_{t-1}':v,r'\beta_1':b1,r'\beta_2':b2,r'\epsilon':e,'d':dd}
run('c323_novograd', inp, np.array(vt), fn='v_t')
run('c323_novograd', inp, (b1*T(m)+(T(g)/(torch.sqrt(vt)+e)+dd*T(w))).numpy(), fn='m_t')
