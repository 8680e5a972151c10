from h import *
rng=np.random.default_rng(1913); d=4; W=rng.normal(size=d)*0.3; X=rng.normal(size=d); y=1.0
run('c1913_aggarwal_hinge', {r'\overline{W}':W, r'\overline{X_i}':X, 'y_i':y}, np.array(max(0,1-y*(W@X))), fn='L_i')
