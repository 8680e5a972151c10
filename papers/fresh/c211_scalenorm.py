from h import *
rng=np.random.default_rng(211); x=rng.normal(size=7); g=2.5
run('c211_scalenorm', {'x':x,'g':g}, (g*T(x)/T(x).norm()).numpy(), fn='ScaleNorm')
