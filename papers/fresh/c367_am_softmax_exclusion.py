from h import *
rng=np.random.default_rng(367); c=5; th=rng.random(c)*2; y=2; s,m=30.0,0.35
cs=np.cos(th); lg=s*cs; lg[y-1]=s*(cs[y-1]-m)
run('c367_am_softmax_exclusion', {r'\theta':th,'y_i':y,'s':s,'m':m}, np.array(-torch.log_softmax(T(lg),0)[y-1]), fn=r'\mathcal{L}_{AMS}')
