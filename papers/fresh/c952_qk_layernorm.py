from h import *
rng=np.random.default_rng(952); n,D,d=4,6,3
X=rng.normal(size=(n,D)); WQ=rng.normal(size=(D,d)); WK=rng.normal(size=(D,d))
ln=lambda a: torch.nn.functional.layer_norm(a,(a.shape[-1],),eps=1e-6)
out=torch.softmax(ln(T(X@WQ))@ln(T(X@WK)).T/np.sqrt(d),-1)
run('c952_qk_layernorm', {'X':X,'W^Q':WQ,'W^K':WK}, out.numpy(), fn='A')
