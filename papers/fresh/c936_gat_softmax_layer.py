from h import *
rng=np.random.default_rng(936); N,F,Fp=5,3,4; h=rng.normal(size=(N,F)); W=rng.normal(size=(Fp,F)); a=rng.normal(size=2*Fp)
M=(rng.random((N,N))<.5).astype(float); np.fill_diagonal(M,1)
Wh=T(h)@T(W).T; e=torch.nn.functional.leaky_relu(Wh@T(a)[:Fp][:,None]+(Wh@T(a)[Fp:])[None,:], 0.01)
al=torch.softmax(e.masked_fill(T(M)==0,float('-inf')),dim=1)
run('c936_gat_softmax_layer', {r'\vec{h}':h,r'\mathbf{W}':W,r'\vec{\mathbf{a}}':a,r'\mathcal{N}':M}, torch.sigmoid(al@Wh).numpy(), fn=r"\vec{h}'")
