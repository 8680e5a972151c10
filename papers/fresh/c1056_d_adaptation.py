from h import *
rng=np.random.default_rng(1056); k,p=3,5; g=rng.normal(size=(k+1,p)); lam=np.ones(k+1)*0.5+0.1*np.arange(k+1); d=np.array([1e-3,2e-3,5e-3,6e-3])
s=rng.normal(size=p)*0.1
s1=s+d[k]*lam[k]*g[k]; dh=(np.sum(s1**2)-np.sum(lam**2*d**2*np.sum(g**2,axis=1)))/(2*np.linalg.norm(s1))
run('c1056_d_adaptation', {'g':g, r'\lambda':lam, 'd':d, 's_k':s}, {'s_k1':s1, 'd_k1':np.array(max(d[k],dh))}, fn=['s_{k+1}','d_{k+1}'])
