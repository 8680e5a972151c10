from h import *
rng=np.random.default_rng(1899); G,V=2,5; p=rng.dirichlet(np.ones(V),G)
run('c1899_wav2vec2_diversity', {r'\bar{p}':p}, np.array((p*np.log(p)).sum()/(G*V)), fn=r'\mathcal{L}_d')
