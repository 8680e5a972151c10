from h import *
rng=np.random.default_rng(9); d,k=4,3
vi,vo,Nn=rng.normal(size=d),rng.normal(size=d),rng.normal(size=(k,d))
exp=torch.nn.functional.logsigmoid(T(vo)@T(vi))+torch.nn.functional.logsigmoid(-(T(Nn)@T(vi))).sum()
run('c09_w2v_neg', {'v_{w_I}':vi,"v'_{w_O}":vo,'N':Nn}, exp.numpy())
