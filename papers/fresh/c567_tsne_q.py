from h import *
rng=np.random.default_rng(567); n=5
y=rng.normal(size=(n,2))
K=1/(1+((y[:,None,:]-y[None,:,:])**2).sum(-1))
Z=K.sum()-np.trace(K)
# the formula as printed for every (i, j); the paper sets q_ii = 0 separately, which this line does not say
run('c567_tsne_q', {'y':y}, K/Z, fn='q')
