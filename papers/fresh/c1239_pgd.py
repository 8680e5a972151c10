from h import *
rng=np.random.default_rng(1239); d=6; x=rng.normal(size=d); xt=x+rng.uniform(-0.1,0.1,d); g=rng.normal(size=d); a,e=0.05,0.1
run('c1239_pgd', {'x':x,'x^t':xt,r'\nabla_x L(\theta, x, y)':g,r'\alpha':a,r'\epsilon':e}, np.clip(xt+a*np.sign(g),x-e,x+e), fn='x^{t+1}')
