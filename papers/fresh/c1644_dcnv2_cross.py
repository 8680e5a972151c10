from h import *
rng=np.random.default_rng(1644); d=4; x0,xl,bl=(rng.normal(size=d) for _ in range(3)); W=rng.normal(size=(d,d))
out=T(x0)*(T(W)@T(xl)+T(bl))+T(xl)
run('c1644_dcnv2_cross', {r'\mathbf{x}_0':x0, r'\mathbf{x}_l':xl, r'\mathbf{b}_l':bl, 'W_l':W}, out.numpy(), fn=r'\mathbf{x}_{l+1}')
