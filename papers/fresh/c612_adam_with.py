from h import *
rng=np.random.default_rng(612); d=4; th,m=rng.normal(size=d),rng.normal(size=d); v=rng.random(d); a,b1,b2,e,t=1e-2,0.9,0.999,1e-8,3
mh=m/(1-b1**t); vh=v/(1-b2**t)
run('c612_adam_with', {r'\theta':th,'m':m,'v':v,r'\alpha':a,r'\beta_1':b1,r'\beta_2':b2,r'\epsilon':e,'t':t}, th-a*mh/(np.sqrt(vh)+e), fn=r"\theta'")
