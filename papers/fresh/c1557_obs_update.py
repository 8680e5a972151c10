from h import *
rng=np.random.default_rng(1557); n=5; w=rng.normal(size=n); A=rng.normal(size=(n,n)); H=A@A.T+n*np.eye(n); q=3
Hi=torch.linalg.inv(T(H)); qq=q-1
run('c1557_obs_update', {r'\mathbf{w}':w,r'\mathbf{H}':H,'q':q}, {'dw':(-w[qq]/Hi[qq,qq]*Hi[:,qq]).numpy(), 'Lq':(0.5*w[qq]**2/Hi[qq,qq]).numpy()}, fn=[r'\delta \mathbf{w}','L_q'])
