from h import *
rng=np.random.default_rng(1498); T_,D=6,3; y=rng.normal(size=(T_,D)); s2=rng.random((T_,D))
run('c1498_kendall_mc_var', {r'\hat{\mathbf{y}}':y, r'\hat{\sigma}^2':s2}, (y**2).mean(0)-y.mean(0)**2+s2.mean(0), fn=r'\mathrm{Var}')
