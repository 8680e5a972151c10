from h import *
rng=np.random.default_rng(1514); n=8; a=rng.normal(size=n)*2; dl=1.0
run('c1514_wiki_huber', {'a':a,r'\delta':dl}, np.where(np.abs(a)<=dl,0.5*a**2,dl*(np.abs(a)-0.5*dl)), fn=r'L_\delta')
