from h import *
rng=np.random.default_rng(1197); k=7
Q=rng.normal(size=k)
run('c1197_greedy_action', {'Q_t':Q}, np.array(float(np.argmax(Q))), fn='A_t')
