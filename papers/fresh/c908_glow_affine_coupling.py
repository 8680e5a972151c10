from h import *
rng=np.random.default_rng(908); D=6; x=rng.normal(size=D); Ws,Wt=rng.normal(size=(D//2,D//2)),rng.normal(size=(D//2,D//2))
X=T(x); xa,xb=X[:D//2],X[D//2:]; s=torch.exp(torch.tanh(T(Ws)@xb)); e=torch.cat([s*xa+T(Wt)@xb, xb])
run('c908_glow_affine_coupling', {r'\mathbf{x}':x,'W_s':Ws,'W_t':Wt}, e.numpy(), fn=r'\mathbf{y}')
