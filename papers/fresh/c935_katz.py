from h import *
rng=np.random.default_rng(935); n=5
A=(rng.uniform(size=(n,n))<0.4).astype(float)
At=T(A)
S=sum(0.3**l*torch.linalg.matrix_power(At,l) for l in range(1,4))
run('c935_katz', {'A':A}, S.numpy())
