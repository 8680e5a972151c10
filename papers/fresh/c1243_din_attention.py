from h import *
rng=np.random.default_rng(1243); H,d=5,3; e=rng.normal(size=(H,d)); v=rng.normal(size=d); a=rng.uniform(0,1,H)
run('c1243_din_attention', {r'\boldsymbol{e}':e, r'\boldsymbol{v}_A':v, r'a(\boldsymbol{e}_j, \boldsymbol{v}_A)':a}, a@e, fn=r'\boldsymbol{v}_U')
