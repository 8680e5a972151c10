from h import *
rng=np.random.default_rng(1898); d,K=4,3; c=rng.normal(size=d); Q=rng.normal(size=(K+1,d)); q=Q[1]
cs=lambda a,b: a@b/(np.linalg.norm(a)*np.linalg.norm(b))
s=np.array([cs(c,Q[k]) for k in range(K+1)])/0.1
run('c1898_wav2vec2_contrastive', {r'\mathbf{c}_t':c, r'\mathbf{q}_t':q, r'\mathbf{Q}_t':Q}, np.array(-(cs(c,q)/0.1-np.log(np.exp(s).sum()))), fn=r'\mathcal{L}_m')
