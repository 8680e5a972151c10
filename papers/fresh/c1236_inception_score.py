from h import *
rng=np.random.default_rng(1236); N,K=6,4; P=rng.dirichlet(np.ones(K),N); py=P.mean(0)
run('c1236_inception_score', {r'p(y|\mathbf{x})':P, 'p(y)':py}, np.array(np.exp((P*np.log(P/py)).sum(1).mean())))
