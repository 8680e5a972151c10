from h import *
rng=np.random.default_rng(1039); d=8; z=rng.normal(size=d)*2; n=np.abs(rng.normal(size=d)); a,b,l1,l2=0.1,1.0,1.0,0.5
w=np.where(np.abs(z)<=l1, 0.0, -1/((b+np.sqrt(n))/a+l2)*(z-np.sign(z)*l1))
run('c1039_ftrl_proximal', {'z':z,'n':n,r'\alpha':a,r'\beta':b,r'\lambda_1':l1,r'\lambda_2':l2}, w, fn='w_t')
