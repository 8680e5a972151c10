from h import *
rng=np.random.default_rng(1643); d=4; x0,xl,wl,bl=(rng.normal(size=d) for _ in range(4))
out=T(x0)*(T(xl)@T(wl))+T(bl)+T(xl)
run('c1643_dcn_cross', {r'\mathbf{x}_0':x0, r'\mathbf{x}_l':xl, r'\mathbf{w}_l':wl, r'\mathbf{b}_l':bl}, out.numpy(), fn=r'\mathbf{x}_{l+1}')
