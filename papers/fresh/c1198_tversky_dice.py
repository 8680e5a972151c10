from h import *
rng=np.random.default_rng(1198); N=9
p0=rng.uniform(size=N); p=np.stack([p0,1-p0]); g0=(rng.uniform(size=N)<0.5)*1.0; g=np.stack([g0,1-g0])
tp=(p[0]*g[0]).sum()
run('c1198_tversky_dice', {'p':p,'g':g}, np.array(2*tp/(2*tp+(p[0]*g[1]).sum()+(p[1]*g[0]).sum())), fn='D')
