from h import *
rng=np.random.default_rng(1911); d=4; W=rng.normal(size=d); X=rng.normal(size=d); y=-1.0
run('c1911_aggarwal_logistic_loss', {r'\overline{W}':W, r'\overline{X_i}':X, 'y_i':y}, np.array(np.log1p(np.exp(-y*(W@X)))), fn='L_i')
