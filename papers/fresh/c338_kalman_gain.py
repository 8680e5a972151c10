from h import *
rng=np.random.default_rng(338); n,m=4,3; A=rng.normal(size=(n,n)); P=A@A.T+np.eye(n); H=rng.normal(size=(m,n)); B=rng.normal(size=(m,m)); R=B@B.T+np.eye(m); x=rng.normal(size=n); z=rng.normal(size=m)
K=P@H.T@np.linalg.inv(H@P@H.T+R)
inp={'P':P,'H':H,'R':R,r'\hat{x}^-':x,'z':z}
run('c338_kalman_gain', inp, K, fn='K')
run('c338_kalman_gain', inp, x+K@(z-H@x), fn=r'\hat{x}')
