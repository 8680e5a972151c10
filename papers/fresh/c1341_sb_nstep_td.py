from h import *
rng=np.random.default_rng(1341); ns=6; V=rng.normal(size=ns); s,G,a=3,1.7,0.2
e=V.copy(); e[s]=V[s]+a*(G-V[s])
run('c1341_sb_nstep_td', {'V_{t+n-1}':V,'S_t':s,'G_{t:t+n}':G,r'\alpha':a}, e, fn='V_{t+n}')
