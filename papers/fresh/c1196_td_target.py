from h import *
rng=np.random.default_rng(1196); T=6
r,V=rng.normal(size=T),rng.normal(size=T+1); g=0.9
y=np.array([r[t]+g*V[t+1] for t in range(T)])
run('c1196_td_target', {'r':r,'V':V,r'\gamma':g}, y, fn='y')
