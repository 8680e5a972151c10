from h import *
rng=np.random.default_rng(1521); n=5; a=rng.random(n); y=rng.random(n); z=rng.normal(size=n); s=1/(1+np.exp(-z))
run('c1521_nielsen_bp1_quadratic', {'a^L':a,'y':y,'z^L':z}, (a-y)*s*(1-s), fn=r'\delta^L')
