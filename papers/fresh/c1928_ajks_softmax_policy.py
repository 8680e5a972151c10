from h import *
rng=np.random.default_rng(1928); S,A=3,4; th=rng.normal(size=(S,A))
run('c1928_ajks_softmax_policy', {r'\theta':th}, np.exp(th)/np.exp(th).sum(1,keepdims=True), fn=r'\pi_\theta')
