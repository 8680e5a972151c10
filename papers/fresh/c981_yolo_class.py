from h import *
rng=np.random.default_rng(981); S2,K=9,3; one=(rng.random(S2)<.4).astype(float); p=rng.random((S2,K)); ph=rng.random((S2,K))
run('c981_yolo_class', {r'\mathbb{1}^{obj}':one,'p':p,r'\hat{p}':ph}, np.array((one*((p-ph)**2).sum(1)).sum()))
