from h import *
rng=np.random.default_rng(1789); d=4; a=rng.normal(size=d); b=rng.normal(size=d)
run('c1789_mgda_two_task', {r'\theta':a, r'\bar{\theta}':b}, np.array(np.clip((b-a)@b/np.sum((a-b)**2),0,1)), fn=r'\hat{\alpha}')
