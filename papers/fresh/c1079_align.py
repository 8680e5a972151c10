from h import *
rng=np.random.default_rng(1079); N,d=6,4; fx=rng.normal(size=(N,d)); fy=rng.normal(size=(N,d)); a=2.0
fx/=np.linalg.norm(fx,axis=1,keepdims=True); fy/=np.linalg.norm(fy,axis=1,keepdims=True)
out=(torch.linalg.norm(T(fx)-T(fy),dim=1)**a).mean()
run('c1079_align', {'f(x)':fx,'f(y)':fy,r'\alpha':a}, out.numpy())
