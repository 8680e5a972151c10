from h import *
rng=np.random.default_rng(1468); p=4; x=rng.normal(size=p); xp=rng.normal(size=p); R=rng.random(p)+1
run('c1468_molnar_gower', {r'\mathbf{x}':x, r"\mathbf{x'}":xp, r'\widehat{R}':R}, np.mean(np.abs(x-xp)/R), fn='o_2')
