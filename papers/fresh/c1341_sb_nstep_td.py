from h import *
# Eq. 7.2 defines the new value at S_t, V_{t+n}(S_t) (the prose says the other states keep theirs): the value at S_t
rng=np.random.default_rng(1341); ns=6; V=rng.normal(size=ns); s,G,a=3,1.7,0.2
run('c1341_sb_nstep_td', {'V_{t+n-1}':V,'S_t':s,'G_{t:t+n}':G,r'\alpha':a}, np.array(V[s]+a*(G-V[s])), fn='V_{t+n}')
