from h import *
rng=np.random.default_rng(1529); n=5; g=rng.normal(size=n); m=rng.normal(size=n)*.1; v=rng.random(n)*.1; b1,b2,a,eps,epsb,t=0.9,0.999,0.01,1e-8,1e-6,4.0
m1=b1*m+(1-b1)*g; v1=b2*v+(1-b2)*g**2; mh=m1/(1-b1**t); vh=v1/(1-b2**t)
I={'g_t':g,'m_{t-1}':m,'v_{t-1}':v,r'\beta_1':b1,r'\beta_2':b2,r'\alpha_t':a,r'\varepsilon':eps,r'\bar{\varepsilon}':epsb,'t':t}
run('c1529_optax_adam', I, -a*mh/(np.sqrt(vh+epsb)+eps), fn='u_t')
