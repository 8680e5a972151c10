from h import *
rng=np.random.default_rng(933); n,d,c=5,4,3
A=rng.uniform(size=(n,n))/n; H=rng.normal(size=(n,d)); W0,W1,W2=(rng.normal(size=(d,c)) for _ in range(3))
At,Ht=T(A),T(H); r=torch.relu
Y=r(Ht@T(W0))+r(At@Ht@T(W1))+r(At@At@Ht@T(W2))
run('c933_two_hop', {'\\hat{A}':A,'H':H,'W_0':W0,'W_1':W1,'W_2':W2}, Y.numpy())
