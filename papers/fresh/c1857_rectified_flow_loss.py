from h import *
rng=np.random.default_rng(1857); x0,x1,v=[rng.normal(size=4) for _ in range(3)]
run('c1857_rectified_flow_loss', {'X_0':x0,'X_1':x1,'v':v,'t':0.3}, np.sum((x1-x0-v)**2), fn='L')
