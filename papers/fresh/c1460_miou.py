from h import *
rng=np.random.default_rng(1460); K=5; tp=rng.integers(1,50,K).astype(float); fp=rng.integers(0,20,K).astype(float); fn=rng.integers(0,20,K).astype(float)
run('c1460_miou', {'TP':tp,'FP':fp,'FN':fn}, np.array((tp/(tp+fp+fn)).mean()), fn=r'\mathrm{mIoU}')
