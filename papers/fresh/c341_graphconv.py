from h import *
rng=np.random.default_rng(341); n,d,e=5,3,4; H=rng.normal(size=(n,d)); A=(rng.random((n,n))<.4).astype(float); W1,W2=rng.normal(size=(d,e)),rng.normal(size=(d,e))
run('c341_graphconv', {'H':H,'A':A,'W_1':W1,'W_2':W2}, torch.sigmoid(T(H)@T(W1)+T(A)@T(H)@T(W2)).numpy(), fn="H'")
