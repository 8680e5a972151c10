from h import *
rng=np.random.default_rng(1740); D=5; a,b=rng.normal(size=D),rng.normal(size=D); t=0.3
run('c1740_edm2_mp_sum', {r'\mathbf{a}':a, r'\mathbf{b}':b, 't':t}, ((1-t)*a+t*b)/np.sqrt((1-t)**2+t**2), fn=r'\operatorname{MP-Sum}')
run('c1740_edm2_mp_sum', {r'\mathbf{a}':a, r'\mathbf{b}':b, 't':t}, torch.nn.functional.silu(T(a)).numpy()/0.596, fn=r'\operatorname{MP-SiLU}')
