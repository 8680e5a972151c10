from h import *
rng=np.random.default_rng(1321); d=5; th,g=rng.normal(size=d),rng.normal(size=d); v,u=rng.uniform(size=d),rng.uniform(size=d)*0.1; lr,rho,eps=1.0,0.9,1e-6
vt=v*rho+g**2*(1-rho); dx=np.sqrt(u+eps)/np.sqrt(vt+eps)*g; ut=u*rho+dx**2*(1-rho)
I={r'\theta_{t-1}':th,'g_t':g,'v_{t-1}':v,'u_{t-1}':u,r'\gamma':lr,r'\rho':rho,r'\epsilon':eps}
run('c1321_torch_adadelta', I, th-lr*dx, fn=r'\theta_t')
run('c1321_torch_adadelta', I, ut, fn='u_t')
