from h import *
rng=np.random.default_rng(522); a=rng.normal(size=(5,3)); b=rng.normal(size=(4,3))
D=torch.cdist(T(a),T(b))**2
run('c522_chamfer', {'S_1':a,'S_2':b}, np.array((D.min(1).values.sum()+D.min(0).values.sum()).item()), fn='d_{CD}')
