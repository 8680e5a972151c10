from h import *
rng=np.random.default_rng(1049); u=rng.uniform(size=7)*0.9
run('c1049_sd3_cosmap', {'u':u}, 1-1/(np.tan(np.pi/2*u)+1), fn='t')
