from h import *
rng=np.random.default_rng(1452); C=5; a=rng.normal(size=C)
run('c1452_murphy_softmax_list', {r'\mathbf{a}':a}, torch.softmax(T(a),0).numpy(), fn=r'\mathcal{S}')
