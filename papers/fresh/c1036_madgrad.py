from h import *
rng=np.random.default_rng(1036); d=5; x0,xk,s,g=(rng.normal(size=d) for _ in range(4)); nu=np.abs(rng.normal(size=d))
gam,eps,c,k=0.01,1e-6,0.1,3
lam=gam*np.sqrt(k+1); s1=s+lam*g; nu1=nu+lam*g*g; z=x0-s1/(np.cbrt(nu1)+eps)
run('c1036_madgrad', {'x_0':x0,'x_k':xk,'s_k':s,r'\nu_k':nu,'g_k':g,r'\gamma_k':gam,r'\epsilon':eps,'c_{k+1}':c,'k':k}, (1-c)*xk+c*z, fn='x_{k+1}')
