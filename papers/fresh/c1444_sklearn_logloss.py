from h import *
rng=np.random.default_rng(1444); N,K=6,3; P=rng.dirichlet(np.ones(K),size=N); Y=np.eye(K)[rng.integers(0,K,N)]
run('c1444_sklearn_logloss', {'Y':Y,'P':P}, -np.mean((Y*np.log(P)).sum(1)), fn=r'L_{\log}')
