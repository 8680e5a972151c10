from h import *
rng=np.random.default_rng(1313); d=5; th,g=rng.normal(size=d),rng.normal(size=d)
A=rng.normal(size=(7,d)); G=A.T@A; eta,eps=0.1,1e-8
run('c1313_ruder_adagrad_ii', {r'\theta_t':th,'g_t':g,'G_t':G,r'\eta':eta,r'\epsilon':eps}, th-eta/np.sqrt(np.diag(G)+eps)*g, fn=r'\theta_{t+1}')
