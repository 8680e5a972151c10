from h import *
rng=np.random.default_rng(1183); d=6; th,m=rng.normal(size=d),rng.normal(size=d); v=rng.uniform(0.1,1,d); a,p=0.1,0.125
run('c1183_padam', {r'\theta_t':th,'m_t':m,r'\hat{\mathbf{v}}_t':v,r'\alpha_t':a,'p':p}, th-a*m/v**p, fn=r'\theta_{t+1}')
