from h import *
rng=np.random.default_rng(463); n,s=5,4; Q,K=rng.normal(size=(n,s)),rng.normal(size=(n,s))
run('c463_gau_relu2', {r'\mathbf{Q}':Q,r'\mathbf{K}':K}, (torch.relu(T(Q)@T(K).T/np.sqrt(s))**2/n).numpy())
