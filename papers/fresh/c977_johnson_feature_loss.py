from h import *
rng=np.random.default_rng(977); C,H,W=3,4,5; a=rng.normal(size=(C,H,W)); b=rng.normal(size=(C,H,W))
run('c977_johnson_feature_loss', {r'\phi_j(\hat{y})':a, r'\phi_j(y)':b}, np.array(((a-b)**2).sum()/(C*H*W)))
