from h import *
rng=np.random.default_rng(772); D=3; w=rng.normal(size=D); a=rng.normal(size=D); SB=np.outer(a,a); B=rng.normal(size=(D,D)); SW=B@B.T
run('c772_fisher_lda', {r'\mathbf{w}':w, r'\mathbf{S}_B':SB, r'\mathbf{S}_W':SW}, np.array((w@SB@w)/(w@SW@w)), fn='J')
