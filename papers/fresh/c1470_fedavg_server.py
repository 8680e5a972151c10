from h import *
rng=np.random.default_rng(1470); K,d=4,5; W=rng.normal(size=(K,d)); nk=rng.integers(5,50,size=K).astype(float)
run('c1470_fedavg_server', {'w_{t+1}^{k}':W, 'n_k':nk}, (nk/nk.sum())@W, fn='w_{t+1}')
