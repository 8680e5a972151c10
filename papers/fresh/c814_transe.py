from h import *
rng=np.random.default_rng(814); k=4
h,l,t,h2,t2=(rng.normal(size=k) for _ in range(5)); g=1.0
L=max(0,g+np.linalg.norm(h+l-t)-np.linalg.norm(h2+l-t2))
run('c814_transe', {r'\mathbf{h}':h,r'\boldsymbol{\ell}':l,r'\mathbf{t}':t,r"\mathbf{h}'":h2,r"\mathbf{t}'":t2,r'\gamma':g}, L, fn=r'\mathcal{L}')
