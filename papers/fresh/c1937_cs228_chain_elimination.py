from h import *
rng=np.random.default_rng(1937); d=4; p1=rng.uniform(size=d); p1/=p1.sum(); T=rng.uniform(size=(d,d)); T/=T.sum(1,keepdims=True)  # T[x1, x2] = p(x2|x1)
run('c1937_cs228_chain_elimination', {'p(x_1)':p1, 'p(x_2 | x_1)':T}, p1@T, fn=r'\tau')
