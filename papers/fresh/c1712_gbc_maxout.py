from h import *
rng=np.random.default_rng(1712); m,k=4,3; z=rng.normal(size=m*k)
run('c1712_gbc_maxout', {r'\boldsymbol{z}':z}, z.reshape(m,k).max(1), fn='g', dims={'k':k})
