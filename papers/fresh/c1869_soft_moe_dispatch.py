from h import *
rng=np.random.default_rng(1869); X=rng.normal(size=(4,3)); P=rng.normal(size=(3,2)); D=torch.softmax(T(X@P),0).numpy()
run('c1869_soft_moe_dispatch', {'X':X,r'\Phi':P}, D.T@X, fn=r'\tilde{\mathbf{X}}')
