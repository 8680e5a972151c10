from h import *
rng=np.random.default_rng(1469); C,D=3,4; P=rng.random((C,D)); P/=P.sum(); pc=P.sum(1); pd=P.sum(0)
run('c1469_molnar_entropy_mi', {r'\mathbb{P}(c, d)':P, r'\mathbb{P}(c)':pc, r'\mathbb{P}(d)':pd}, np.sum(P*np.log(P/np.outer(pc,pd))), fn='MI')
