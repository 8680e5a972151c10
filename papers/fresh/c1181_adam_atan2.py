from h import *
rng=np.random.default_rng(1181); d=6; th,m=rng.normal(size=d),rng.normal(size=d); v=rng.uniform(0,1,d); eta,a,b=0.01,1.27,1.0
run('c1181_adam_atan2', {r'\theta_{t-1}':th,r'\hat{m}_t':m,r'\hat{v}_t':v,r'\eta':eta,'a':a,'b':b}, th-eta*a*np.arctan2(m,b*np.sqrt(v)), fn=r'\theta_t')
