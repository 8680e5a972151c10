from h import *
rng=np.random.default_rng(370); n,d=5,2; x=rng.normal(size=(n,d)); s=0.9
D=((x[:,None,:]-x[None,:,:])**2).sum(-1); K=np.exp(-D/(2*s*s)); den=K.sum(1)-np.diag(K)
# p_{j|i} as printed: rows i, columns j (the diagonal is the paper's p_{i|i} formula, not set to 0)
run('c370_sne_conditional', {'x':x,r'\sigma':s}, (K/den[:,None]).T, fn='p')
