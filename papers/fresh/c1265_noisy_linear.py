from h import *
rng=np.random.default_rng(1265); p,q=4,3; mw,sw=rng.normal(size=(q,p)),rng.uniform(0,0.5,size=(q,p)); mb,sb,eo=rng.normal(size=q),rng.uniform(0,0.5,size=q),rng.normal(size=q); x,ei=rng.normal(size=p),rng.normal(size=p)
f=lambda v: np.sign(v)*np.sqrt(np.abs(v)); ew=np.outer(f(eo),f(ei)); eb=f(eo)
run('c1265_noisy_linear', {r'\mu^w':mw,r'\sigma^w':sw,r'\mu^b':mb,r'\sigma^b':sb,r'\varepsilon^{out}':eo,'x':x,r'\varepsilon^{in}':ei}, (mw+sw*ew)@x+mb+sb*eb, fn='y')
