from h import *
rng=np.random.default_rng(1808); n=5; yh=rng.normal(size=n)*.5; y=np.eye(n)[2]
t=2; o=np.delete(np.arange(n),t); k=o[np.argmax(yh[o])]
run('c1808_goldberg_hinge_multiclass', {r'\hat{\mathbf{y}}':yh, r'\mathbf{y}':y}, np.array(max(0,1-(yh[t]-yh[k]))), fn=r'L_{\text{hinge(multi-class)}}')
