from h import *
rng=np.random.default_rng(757); n,m=3,2; xm=rng.normal(size=n); A=rng.normal(size=(n,n)); Pm=A@A.T; K=rng.normal(size=(n,m)); H=rng.normal(size=(m,n)); z=rng.normal(size=m)
run('c757_kalman_update', {r'\hat{x}_k^-':xm,'P_k^-':Pm,'K_k':K,'H':H,'z_k':z}, {'x_hat_k':xm+K@(z-H@xm),'p_k':(np.eye(n)-K@H)@Pm}, fn=[r'\hat{x}_k','P_k'])
