from h import *
rng=np.random.default_rng(1523); n=6; a=rng.random(n)*0.8+0.1; y=rng.random(n)
run('c1523_nielsen_crossentropy', {'a':a,'y':y}, -np.mean(y*np.log(a)+(1-y)*np.log(1-a)), fn='C')
