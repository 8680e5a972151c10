from h import *
rng=np.random.default_rng(1258); d,n,do,K=4,6,3,2; x=rng.normal(size=d); W=rng.normal(size=(d,n)); E=rng.normal(size=(n,do))
l=T(x@W); th=torch.topk(l,K).values[-1]; g=torch.softmax(torch.where(l>=th,l,torch.tensor(-np.inf)),0)
run('c1258_mixtral_router', {'x':x,'W_g':W,'E(x)':E,'K':K}, (g@T(E)).numpy(), fn='y')
