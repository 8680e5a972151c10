from h import *
rng=np.random.default_rng(1622); k=6; Q=rng.normal(size=k); N=rng.integers(1,9,size=k).astype(float); t=20.0; c=2.0
u=Q+c*np.sqrt(np.log(t)/N)
run('c1622_sb_ucb_bandit', {'Q_t':Q,'N_t':N,'t':t,'c':c}, np.array(float(np.argmax(u))), fn='A_t')
