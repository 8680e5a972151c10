from h import *
rng=np.random.default_rng(1020); N,D,M=5,3,4; Q=rng.normal(size=(N,D)); K=rng.normal(size=(N,D)); V=rng.normal(size=(N,M))
f=lambda x: torch.nn.functional.elu(T(x))+1
num=f(Q)@(f(K).T@T(V)); den=f(Q)@f(K).sum(0)
run('c1020_linear_attention', {'Q':Q,'K':K,'V':V}, (num/den[:,None]).numpy(), fn="V'")
