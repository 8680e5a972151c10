from h import *
rng=np.random.default_rng(527); a=rng.normal(size=(5,3)); b=rng.normal(size=(4,3))
D=torch.cdist(T(a),T(b))
run('c527_hausdorff', {'X':a,'Y':b}, np.array(max(D.min(1).values.max().item(), D.min(0).values.max().item())), fn='d_H')
