from h import *
rng=np.random.default_rng(1235); N,K=4,3; a=rng.uniform(1,5,(N,K)); y=np.eye(K)[rng.integers(0,K,N)]
S=a.sum(1,keepdims=True); p=a/S
run('c1235_evidential', {r'\alpha':a, r'\mathbf{y}':y}, ((y-p)**2+p*(1-p)/(S+1)).sum(1), fn=r'\mathcal{L}_i')
