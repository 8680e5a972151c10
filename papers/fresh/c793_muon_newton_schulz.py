from h import *
rng=np.random.default_rng(793); m,n=3,5
X=rng.normal(size=(m,n)); X=X/np.linalg.norm(X)
A=X@X.T
run('c793_muon_newton_schulz', {'X_k':X}, 3.4445*X-4.7750*A@X+2.0315*A@A@X)
