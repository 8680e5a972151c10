from h import *
rng=np.random.default_rng(1800); K,M=3,4; y=rng.normal(size=K); t=rng.normal(size=K); z=np.tanh(rng.normal(size=M)); W=rng.normal(size=(K,M))
dk=y-t; dj=(1-z**2)*(W.T@dk)
run('c1800_bishop_backprop_tanh', {r'\mathbf{y}':y, r'\mathbf{t}':t, r'\mathbf{z}':z, r'\mathbf{W}':W}, dj, fn=r'\delta_j')
