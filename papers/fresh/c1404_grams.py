from h import *
rng=np.random.default_rng(1404); d=6
g,m,th=(rng.normal(size=d) for _ in range(3)); v=rng.uniform(0.1,1,size=d); eta,eps=0.01,1e-8
u=m/(np.sqrt(v)+eps)
run('c1404_grams', {'g_t':g,r'\hat{m}_t':m,r'\hat{v}_t':v,r'\theta_{t-1}':th,r'\eta_t':eta,r'\epsilon':eps}, th-eta*np.sign(g)*np.abs(u), fn=r'\theta_t')
