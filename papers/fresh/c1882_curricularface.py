from h import *
th=np.array([1.2,0.4,2.0,0.9,1.6]); y=0; t,m=0.3,0.5
Tp=np.cos(th[y]+m); c=np.cos(th); out=np.where(Tp-c>=0, c, c*(t+c))
run('c1882_curricularface', {r'\theta':th,'y_i':y+1}, out, fn='N')
