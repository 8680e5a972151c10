from h import *
rng=np.random.default_rng(1422); d=4
x0,x1,v=(rng.normal(size=d) for _ in range(3)); t=0.3
run('c1422_rectified_flow', {'X_0':x0,'X_1':x1,'v(X_t, t)':v,'t':t}, {'x_t':t*x1+(1-t)*x0, 'l_cal':np.array(np.sum((x1-x0-v)**2))}, fn=['X_t',r'\mathcal{L}'])
