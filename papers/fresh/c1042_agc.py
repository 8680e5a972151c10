from h import *
rng=np.random.default_rng(1042); N,M=6,4; W=rng.normal(size=(N,M)); G=rng.normal(size=(N,M))*np.array([[0.01],[0.5],[0.02],[2],[0.03],[1]]); lam,eps=0.05,1e-3
wn=np.maximum(np.linalg.norm(W,axis=1),eps)[:,None]; gn=np.linalg.norm(G,axis=1)[:,None]
run('c1042_agc', {r'W^\ell':W,r'G^\ell':G,r'\lambda':lam,r'\epsilon':eps}, np.where(gn/wn>lam, lam*wn/gn*G, G), fn=r'G^\ell')
