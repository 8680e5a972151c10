from h import *
rng=np.random.default_rng(720); d,N=4,6
X=rng.normal(size=(d,N)); xi=rng.normal(size=d); b=0.7
run('c720_hopfield_update', {'X':X, r'\xi':xi, r'\beta':b}, (T(X)@torch.softmax(b*T(X).T@T(xi),0)).numpy(), fn=r'\xi^{\mathrm{new}}')
