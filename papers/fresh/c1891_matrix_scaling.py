from h import *
rng=np.random.default_rng(1891); n,K=5,4; z=rng.normal(size=(n,K)); W=rng.normal(size=(K,K)); b=rng.normal(size=K)
out=torch.softmax(T(z)@T(W).T+T(b),1).max(1).values
run('c1891_matrix_scaling', {r'\mathbf{z}':z, r'\mathbf{W}':W, r'\mathbf{b}':b}, out.numpy(), fn="\\hat{q}_i'")
