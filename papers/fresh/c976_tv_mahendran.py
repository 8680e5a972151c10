from h import *
rng=np.random.default_rng(976); H,W=5,6; x=rng.normal(size=(H,W)); b=2.0
# the sum runs over the pixels where both differences exist (i < H, j < W)
d=((x[:-1,1:]-x[:-1,:-1])**2+(x[1:,:-1]-x[:-1,:-1])**2)**(b/2)
run('c976_tv_mahendran', {'x':x,r'\beta':b}, np.array(d.sum()))
