from h import *
rng=np.random.default_rng(1853); X=rng.normal(size=(3,5)); X/=np.linalg.norm(X); a,b,c=3.4445,-4.7750,2.0315
A=X@X.T; out=a*X+b*A@X+c*A@A@X
run('c1853_muon_newton_schulz', {'X':X,'a':a,'b':b,'c':c}, out, fn="X'")
