from h import *
rng=np.random.default_rng(1033); d=5; g,x=rng.normal(size=d),rng.normal(size=d)
Eg=np.abs(rng.normal(size=d)); Ed=np.abs(rng.normal(size=d))*0.1; rho,eps=0.95,1e-6
Egt=rho*T(Eg)+(1-rho)*T(g)**2; dx=-(T(Ed)+eps).sqrt()/(Egt+eps).sqrt()*T(g); Edt=rho*T(Ed)+(1-rho)*dx**2
run('c1033_adadelta', {'g_t':g,'x_t':x,'E[g^2]_{t-1}':Eg,r'E[\Delta x^2]_{t-1}':Ed,r'\rho':rho,r'\epsilon':eps},
    {'e_Deltax2_t':Edt.numpy(), 'x_t1':(T(x)+dx).numpy()}, fn=[r'E[\Delta x^2]_t','x_{t+1}'])
