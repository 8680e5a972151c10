from h import *
rng=np.random.default_rng(1814); N,D=6,3; X=rng.normal(size=(N,D)); y=rng.normal(size=N); w=rng.normal(size=D); g=0.05
run('c1814_blondel_gd_least_squares', {r'\bm{X}':X, r'\bm{y}':y, r'\bm{w}^t':w, r'\gamma':g}, w-g*X.T@(X@w-y), fn=r'\bm{w}^{t+1}')
