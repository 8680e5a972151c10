from h import *
rng=np.random.default_rng(1316); d=6; m,th=rng.normal(size=d),rng.normal(size=d); v,vh=rng.uniform(size=d),rng.uniform(size=d); eta,eps=0.01,1e-8
run('c1316_ruder_amsgrad', {'m_t':m,'v_t':v,r'\hat{v}_{t-1}':vh,r'\theta_t':th,r'\eta':eta,r'\epsilon':eps}, th-eta/(np.sqrt(np.maximum(vh,v))+eps)*m, fn=r'\theta_{t+1}')
