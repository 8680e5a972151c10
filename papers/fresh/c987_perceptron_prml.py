from h import *
rng=np.random.default_rng(987); M=4; w=rng.normal(size=M); phi=rng.normal(size=M); eta,t=0.5,-1.0
run('c987_perceptron_prml', {r'\mathbf{w}^{(\tau)}':w, r'\boldsymbol{\phi}_n':phi, r'\eta':eta, 't_n':t}, w+eta*phi*t)
