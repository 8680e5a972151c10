from h import *
rng=np.random.default_rng(959); n=6; x=rng.normal(size=n)
run('c959_softmax_one', {'x':x}, np.exp(x)/(1+np.exp(x).sum()), fn=r'\text{softmax}_1')
