from h import *
rng=np.random.default_rng(1135); Tn=8; z=rng.normal(size=Tn)+2.0; K=0.3; x0=0.5
x=x0; out=[]
for t in range(Tn):
    x=x+K*(z[t]-x); out.append(x)
run('c1135_kalman_steady', {'z':z,'K':K,r'\hat{x}_0':x0}, np.array(out), fn=r'\hat{x}')
