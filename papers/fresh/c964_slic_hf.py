from h import *
rng=np.random.default_rng(964); B=6
lp,ln,lr=(rng.uniform(-3,-0.1,size=B) for _ in range(3))
run('c964_slic_hf', {r'\log P_\theta(y^+|x)':lp, r'\log P_\theta(y^-|x)':ln, r'\log P_\theta(y_{\text{ref}}|x)':lr}, np.maximum(0,1-lp+ln)-0.5*lr, fn=r'\mathcal{L}')
