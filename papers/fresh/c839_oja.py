from h import *
rng=np.random.default_rng(839); d=5
w=rng.normal(size=d); x=rng.normal(size=d); eta=0.1; y=w@x
run('c839_oja', {r'\mathbf{w}':w,r'\mathbf{x}':x,r'\eta':eta}, eta*y*(x-y*w), fn=r'\Delta \mathbf{w}')
