from h import *
rng=np.random.default_rng(993); N=4; w=rng.normal(size=N); xi=rng.normal(size=N); eta=0.1; V=w@xi
run('c993_oja', {'w':w, r'\xi':xi, r'\eta':eta}, eta*V*(xi-V*w), fn=r'\Delta w')
