from h import *
rng=np.random.default_rng(836); M,d=2,3
Q,K,V=(rng.normal(size=(M*M,d)) for _ in range(3)); B=rng.normal(size=(M*M,M*M))
run('c836_swin_bias', {'Q':Q,'K':K,'V':V,'B':B}, torch.softmax(T(Q@K.T/np.sqrt(d)+B),1).numpy()@V)
