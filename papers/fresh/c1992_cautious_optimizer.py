from h import *
rng=np.random.default_rng(1992); d=6; w,u,g=(rng.normal(size=d) for _ in range(3)); eta,eps=0.1,1e-8
phi=(u*g>=0).astype(float); sc=d/(np.count_nonzero(phi)+eps)
run('c1992_cautious_optimizer', {r'\mathbf{w}_{t-1}':w, r'\mathbf{u}_t':u, r'\mathbf{g}_t':g, r'\eta_t':eta, r'\epsilon':eps}, w-eta*sc*(u*phi), fn=r'\mathbf{w}_t')
