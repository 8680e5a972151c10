from h import *
rng=np.random.default_rng(997); p=5; g,x0,xk,s0=(rng.normal(size=p) for _ in range(4)); r0,d,gam,b2=0.3,1e-3,1.0,0.999
r=np.sqrt(b2)*r0+(1-np.sqrt(b2))*gam*d**2*(g@(x0-xk)); s=np.sqrt(b2)*s0+(1-np.sqrt(b2))*gam*d**2*g
run('c997_prodigy_adam', {'g_k':g,'x_0':x0,'x_k':xk,'s_{k-1}':s0,'r_{k-1}':r0,'d_k':d,r'\gamma_k':gam,r'\beta_2':b2}, np.array(max(d, r/np.abs(s).sum())), fn='d_{k+1}')
