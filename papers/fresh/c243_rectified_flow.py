from h import *
rng=np.random.default_rng(243); a,b=rng.normal(size=4),rng.normal(size=4); t=0.3
run('c243_rectified_flow', {'X_0':a,'X_1':b,'t':t}, (t*T(b)+(1-t)*T(a)).numpy())
