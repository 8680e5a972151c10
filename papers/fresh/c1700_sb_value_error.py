from h import *
rng=np.random.default_rng(1700); S,d=6,3; mu=rng.random(S); mu/=mu.sum(); v=rng.normal(size=S); x=rng.normal(size=(S,d)); w=rng.normal(size=d)
run('c1700_sb_value_error', {r'\mu':mu, r'v_\pi':v, r'\mathbf{x}':x, r'\mathbf{w}':w}, np.array(np.sum(mu*(v-x@w)**2)), fn=r'\overline{\mathrm{VE}}')
