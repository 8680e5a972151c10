from h import *
rng=np.random.default_rng(366); y=rng.normal(size=5)
run('c366_onehot_argmax', {'y':y}, np.eye(5)[np.argmax(y)], fn='z')
