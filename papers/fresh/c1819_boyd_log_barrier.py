from h import *
rng=np.random.default_rng(1819); m,n=5,3; a=rng.normal(size=(m,n)); x=rng.normal(size=n)*.2; b=a@x+rng.random(m)+.5; s=b-a@x
run('c1819_boyd_log_barrier', {'a':a, 'b':b, 'x':x}, np.array(-np.log(s).sum()), fn=r'\phi')
