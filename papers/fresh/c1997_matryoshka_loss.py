from h import *
rng=np.random.default_rng(1997); M=4; c=np.ones(M); Lm=rng.uniform(size=M)
run('c1997_matryoshka_loss', {'c':c, r'\mathcal{L}(\mathbf{W}^{(m)} \cdot z_{1:m}; y)':Lm}, np.sum(c*Lm), dims={'N':1})
