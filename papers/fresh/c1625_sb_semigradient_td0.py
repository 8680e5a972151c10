from h import *
rng=np.random.default_rng(1625); d=5; w=rng.normal(size=d); x=rng.normal(size=d); x1=rng.normal(size=d); R=0.7; a=0.1; g=0.9
run('c1625_sb_semigradient_td0', {r'\mathbf{w}_t':w, r'\mathbf{x}_t':x, r'\mathbf{x}_{t+1}':x1, 'R_{t+1}':R, r'\alpha':a, r'\gamma':g}, w+a*(R+g*w@x1-w@x)*x)
