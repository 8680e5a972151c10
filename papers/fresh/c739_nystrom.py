from h import *
rng=np.random.default_rng(739); n,dq,m=6,4,3
Q,K=rng.normal(size=(n,dq)),rng.normal(size=(n,dq)); Qt,Kt=rng.normal(size=(m,dq)),rng.normal(size=(m,dq))
sm=lambda a: torch.softmax(a/dq**.5,1)
S=sm(T(Q)@T(Kt).T)@torch.linalg.pinv(sm(T(Qt)@T(Kt).T))@sm(T(Qt)@T(K).T)
run('c739_nystrom', {'Q':Q,'K':K,r'\tilde{Q}':Qt,r'\tilde{K}':Kt}, S.numpy(), fn=r'\hat{S}')
