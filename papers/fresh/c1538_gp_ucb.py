from h import *
rng=np.random.default_rng(1538); m=8; mu=rng.normal(size=m); s=rng.random(m); b=4.0
run('c1538_gp_ucb', {r'\mu_{t-1}(\mathbf{x})':mu,r'\sigma_{t-1}(\mathbf{x})':s,r'\beta_t':b}, np.array(float(torch.argmax(T(mu)+b**0.5*T(s)))), fn=r'\mathbf{x}_t')
