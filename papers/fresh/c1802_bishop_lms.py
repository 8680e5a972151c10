from h import *
rng=np.random.default_rng(1802); M=4; w=rng.normal(size=M); ph=rng.normal(size=M); t=0.7; eta=0.1
run('c1802_bishop_lms', {r'\mathbf{w}^{(\tau)}':w, r'\boldsymbol{\phi}_n':ph, 't_n':t, r'\eta':eta}, w+eta*(t-w@ph)*ph, fn=r'\mathbf{w}^{(\tau+1)}')
