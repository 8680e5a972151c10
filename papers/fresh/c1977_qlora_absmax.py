from h import *
rng=np.random.default_rng(1977); X=rng.normal(size=(3,4))
run('c1977_qlora_absmax', {r'\mathbf{X}^{\text{FP32}}':X}, np.round(127/np.abs(X).max()*X), fn=r'\mathbf{X}^{\text{Int8}}')
