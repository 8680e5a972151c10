from h import *
rng=np.random.default_rng(317); p=rng.random(6); p/=p.sum(); q=rng.random(6); q/=q.sum()
run('c317_tv_distance', {r'\mu':p,r'\nu':q}, np.array(0.5*(T(p)-T(q)).abs().sum()), fn=r'\|\mu - \nu\|_{TV}')
