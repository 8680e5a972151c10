from h import *
rng=np.random.default_rng(1076); c=5; f=rng.dirichlet(np.ones(c)); j=2; q=0.7
run('c1076_gce', {r'f(\boldsymbol{x})':f,'j':j,'q':q}, np.array((1-f[j-1]**q)/q))
