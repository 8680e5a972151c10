from h import *
rng=np.random.default_rng(1549); n,m=4,20; x=rng.normal(size=n); xb=rng.normal(size=n)*0.1; w=rng.normal(size=n)
X,XB,W=T(x),T(xb),T(w); tot=torch.zeros(n)
for k in range(1,m+1):
    z=(XB+k/m*(X-XB)).requires_grad_(True); torch.sigmoid(W@z).backward(); tot+=z.grad
run('c1549_integrated_gradients', {r'\mathbf{x}':x,r"\mathbf{x}'":xb,r'\mathbf{w}':w,'m':m}, ((X-XB)*tot/m).numpy(), fn=r'\mathrm{IntegratedGrads}^{approx}')
