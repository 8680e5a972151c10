from h import *
rng=np.random.default_rng(1797); dk,c=4,3; x=rng.normal(size=dk); R=rng.normal(size=(dk,c))
run('c1797_reformer_lsh', {'x':x,'R':R}, np.array(float(np.argmax(np.concatenate([x@R,-x@R])))), fn='h')
