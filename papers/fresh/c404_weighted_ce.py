from h import *
rng=np.random.default_rng(404); N,C=6,4; z=rng.normal(size=(N,C)); a=rng.uniform(0.2,2,C); y=rng.integers(0,C,N)
exp=torch.nn.functional.cross_entropy(T(z),torch.tensor(y),weight=T(a),reduction='sum')
run('c404_weighted_ce', {'z':z,r'\alpha':a,'y':y+1}, exp.numpy())
