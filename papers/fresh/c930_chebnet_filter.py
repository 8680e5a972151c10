from h import *
rng=np.random.default_rng(930); n,K=5,4
L=rng.normal(size=(n,n))*0.5; x=rng.normal(size=n); th=rng.normal(size=K)
Lt,xt=T(L),T(x)
y=sum(th[k]*torch.linalg.matrix_power(Lt,k)@xt for k in range(K))
run('c930_chebnet_filter', {'L':L,'x':x,'\\theta':th}, y.numpy())
