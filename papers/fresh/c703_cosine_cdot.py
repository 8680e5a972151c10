from h import *
rng=np.random.default_rng(703); n=5
A,B=rng.normal(size=n),rng.normal(size=n)
run('c703_cosine_cdot', {'A':A,'B':B}, A@B/np.linalg.norm(A)/np.linalg.norm(B))
