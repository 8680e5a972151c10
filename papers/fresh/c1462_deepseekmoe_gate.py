from h import *
rng=np.random.default_rng(1462); d,N,K=4,5,2
u=rng.normal(size=d); e=rng.normal(size=(N,d)); W=rng.normal(size=(N,d,d))
s=torch.softmax(T(e@u),0).numpy()
top=np.argsort(-s)[:K]; g=np.zeros(N); g[top]=s[top]
h=sum(g[i]*np.maximum(0,u@W[i]) for i in range(N))+u
run('c1462_deepseekmoe_gate', {r'\mathbf{u}_t^l':u, r'\mathbf{e}_i^l':e, 'W_i':W, 'K':K}, h, fn=r'\mathbf{h}_t^l')
