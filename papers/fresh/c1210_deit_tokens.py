from h import *
rng=np.random.default_rng(1210); N,P,C,D=5,2,2,3; xc=rng.normal(size=D); xd=rng.normal(size=D); xp=rng.normal(size=(N,P*P*C)); E=rng.normal(size=(P*P*C,D)); Ep=rng.normal(size=(N+2,D))
run('c1210_deit_tokens', {'x_{class}':xc,'x_{distil}':xd,'x_p':xp,r'\mathbf{E}':E,r'\mathbf{E}_{pos}':Ep}, np.vstack([xc[None],xd[None],xp@E])+Ep)
