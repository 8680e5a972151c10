from h import *
rng=np.random.default_rng(1725); d=4; xs=rng.normal(size=d); xn=rng.normal(size=d); w=rng.normal(size=d); R=0.5; g=0.9; a=0.1
dl=R+g*w@xn-w@xs
run('c1725_sb_actor_critic', {r'\mathbf{x}(S)':xs, r"\mathbf{x}(S')":xn, r'\mathbf{w}':w, 'R':R, r'\gamma':g, r'\alpha^{\mathbf{w}}':a}, w+a*dl*xs, fn=r'\mathbf{w}')
