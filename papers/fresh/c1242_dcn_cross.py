from h import *
rng=np.random.default_rng(1242); d=5; x0,xl,w,b=(rng.normal(size=d) for _ in range(4))
run('c1242_dcn_cross', {r'\mathbf{x}_0':x0, r'\mathbf{x}_l':xl, r'\mathbf{w}_l':w, r'\mathbf{b}_l':b}, x0*(xl@w)+b+xl, fn=r'\mathbf{x}_{l+1}')
