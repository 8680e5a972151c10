from h import *
rng=np.random.default_rng(1162); B=6; r,q,lp=(rng.normal(size=B) for _ in range(3)); g,a=0.99,0.2
run('c1162_sac_soft_value', {r'r(\mathbf{s}_t, \mathbf{a}_t)':r,r'Q_{\bar\theta}(\mathbf{s}_{t+1}, \mathbf{a}_{t+1})':q,r'\log \pi(\mathbf{a}_{t+1}|\mathbf{s}_{t+1})':lp,r'\gamma':g,r'\alpha':a}, r+g*(q-a*lp), fn=r'\hat{Q}')
