from h import *
rng=np.random.default_rng(1484); Nh,Ng=4,6; u=rng.normal(size=Nh); v=rng.normal(size=Ng); W=rng.normal(size=(Nh,Ng))
run('c1484_fitnets_hint', {r'u_h(\mathbf{x}; \mathbf{W_{Hint}})':u, r'v_g(\mathbf{x}; \mathbf{W_{Guided}})':v, r'\mathbf{W_r}':W}, 0.5*np.sum((u-W@v)**2), fn=r'\mathcal{L}_{HT}')
