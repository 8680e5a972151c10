from h import *
rng=np.random.default_rng(1312); d=5; th,g=rng.normal(size=d),rng.normal(size=d)
G=np.diag(rng.uniform(0.5,2,size=d)); eta,eps=0.1,1e-8
run('c1312_ruder_adagrad_vec', {r'\theta_t':th,'g_t':g,'G_t':G,r'\eta':eta,r'\epsilon':eps}, th-eta/np.sqrt(np.diag(G)+eps)*g, fn=r'\theta_{t+1}')
