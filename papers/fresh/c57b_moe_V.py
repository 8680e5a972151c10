from h import *
rng=np.random.default_rng(57); d,n,m=3,4,2
x,Wg,W=rng.normal(size=d),rng.normal(size=(d,n)),rng.normal(size=(n,m,d))
G=torch.softmax(T(x)@T(Wg),0); y=sum(G[i]*(T(W[i])@T(x)) for i in range(n))
run('c57b_moe_V', {'x':x,'V':Wg,'W_i':W}, y.numpy())
