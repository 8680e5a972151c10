from h import *
rng=np.random.default_rng(1553); O,d=5,3; a=rng.normal(size=O); ox=rng.normal(size=(O,d))
run('c1553_darts_mixed', {r'\alpha^{(i,j)}':a,'o(x)':ox}, (torch.softmax(T(a),0)@T(ox)).numpy(), fn=r'\bar{o}^{(i,j)}')
