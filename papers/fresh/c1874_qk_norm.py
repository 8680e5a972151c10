from h import *
rng=np.random.default_rng(1874); q=rng.normal(size=(3,4)); g=rng.normal(size=4); e=1e-6
run('c1874_qk_norm', {'q':q,'g':g,r'\epsilon':e}, q/np.sqrt((q**2).mean(1,keepdims=True)+e)*g, fn=r'\hat{q}')
