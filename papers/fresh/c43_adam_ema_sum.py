from h import *
rng=np.random.default_rng(44); Tn=6; g=rng.normal(size=Tn); b=0.9
v=[]; acc=0.
for t in range(Tn): acc=b*acc+(1-b)*g[t]**2; v.append(acc)
run('c43_adam_ema_sum', {'g':g,'\\beta_2':b}, np.array(v))
