from h import *
rng=np.random.default_rng(828); n,p=6,4
X=rng.normal(size=(n,p)); y=rng.normal(size=n); b=rng.normal(size=p); lam=0.7; a=0.3
L=((y-X@b)**2).sum()/(2*n)+lam*((1-a)/2*(b**2).sum()+a*np.abs(b).sum())
run('c828_elastic_net', {'X':X,'y':y,r'\beta':b,r'\lambda':lam,r'\alpha':a}, L)
