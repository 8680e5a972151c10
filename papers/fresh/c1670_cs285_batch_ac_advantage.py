from h import *
rng=np.random.default_rng(1670); N=6; r=rng.normal(size=N); v=rng.normal(size=N); v1=rng.normal(size=N); g=0.9
run('c1670_cs285_batch_ac_advantage', {r'r(\mathbf{s}_i,\mathbf{a}_i)':r, r'\hat{V}^\pi_\phi(\mathbf{s}_i)':v, r"\hat{V}^\pi_\phi(\mathbf{s}_i')":v1, r'\gamma':g}, r+g*v1-v, fn=r'\hat{A}^\pi')
