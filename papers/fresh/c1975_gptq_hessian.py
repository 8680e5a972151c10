from h import *
rng=np.random.default_rng(1975); X=rng.normal(size=(4,7))
run('c1975_gptq_hessian', {r'\mathbf{X}_F':X}, 2*X@X.T, fn=r'\mathbf{H}_F')
