from h import *
rng=np.random.default_rng(604); K,d=4,3; W=rng.normal(size=(K,d)); x=rng.normal(size=d); b=rng.normal(size=K)
run('c604_softmax_alias', {r'\mathbf{W}':W, r'\mathbf{x}':x, r'\mathbf{b}':b}, torch.softmax(T(W)@T(x)+T(b),0).numpy(), fn=r'\hat{\mathbf{y}}')
