from h import *
rng=np.random.default_rng(978); N,P,C,D=4,2,3,5; xc=rng.normal(size=D); xp=rng.normal(size=(N,P*P*C)); E=rng.normal(size=(P*P*C,D)); Ep=rng.normal(size=(N+1,D))
run('c978_vit_embedding', {'x_{class}':xc,'x_p':xp,r'\mathbf{E}':E,r'\mathbf{E}_{pos}':Ep}, np.vstack([xc[None],xp@E])+Ep)
