from h import *
rng=np.random.default_rng(1289); M=4; w=rng.normal(size=M); phi=rng.normal(size=M); t=-1.0; eta=0.5
run('c1289_perceptron', {'\\mathbf{w}^{(\\tau)}':w,'\\boldsymbol{\\phi}_n':phi,'t_n':t,'\\eta':eta}, w+eta*phi*t, fn='\\mathbf{w}^{(\\tau+1)}')
