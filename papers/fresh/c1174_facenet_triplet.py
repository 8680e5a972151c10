from h import *
rng=np.random.default_rng(1174); N,d=6,3; a,p,n=(rng.normal(size=(N,d)) for _ in range(3)); al=0.5
run('c1174_facenet_triplet', {'f(x^a)':a,'f(x^p)':p,'f(x^n)':n,r'\alpha':al}, np.maximum(((a-p)**2).sum(1)-((a-n)**2).sum(1)+al,0).sum())
