from h import *
rng=np.random.default_rng(1271); N,D=8,3; fz=rng.normal(size=(N,D)); w=rng.normal(size=D); psi=0.7
wb=fz.mean(0)
run('c1271_stylegan_truncation', {r'f(\mathbf{z})':fz,r'\mathbf{w}':w,r'\psi':psi}, wb+psi*(w-wb), fn=r"\mathbf{w}'")
