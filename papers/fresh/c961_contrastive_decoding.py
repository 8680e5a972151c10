from h import *
rng=np.random.default_rng(961); V=8
pe=rng.dirichlet(np.ones(V)*0.5); pa=rng.dirichlet(np.ones(V))
out=np.where(pe>=0.1*pe.max(), np.log(pe/pa), -np.inf)
run('c961_contrastive_decoding', {r'p_{\text{EXP}}':pe, r'p_{\text{AMA}}':pa}, out, fn=r'\text{CD-score}')
