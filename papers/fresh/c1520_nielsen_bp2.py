from h import *
rng=np.random.default_rng(1520); p,q=3,4; W=rng.normal(size=(p,q)); dl=rng.normal(size=p); z=rng.normal(size=q)
s=1/(1+np.exp(-z))
run('c1520_nielsen_bp2', {'w^{l+1}':W, r'\delta^{l+1}':dl, 'z^l':z}, (W.T@dl)*s*(1-s), fn=r'\delta^l')
