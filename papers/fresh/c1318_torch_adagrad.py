from h import *
rng=np.random.default_rng(1318); d=5; th,g=rng.normal(size=d),rng.normal(size=d); s=rng.uniform(size=d); lr,ld,eps,t=0.1,0.01,1e-10,3
gt=lr/(1+(t-1)*ld); st=s+g**2
run('c1318_torch_adagrad', {r'\theta_{t-1}':th,'g_t':g,r'\textit{state\_sum}_{t-1}':s,r'\gamma':lr,r'\eta':ld,r'\epsilon':eps,'t':t}, th-gt*g/(np.sqrt(st)+eps), fn=r'\theta_t')
