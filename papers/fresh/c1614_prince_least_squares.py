from h import *
rng=np.random.default_rng(1614); I=6; y=rng.normal(size=I); f=rng.normal(size=I)
run('c1614_prince_least_squares', {'y':y, r'\mathrm{f}[x_i, \boldsymbol\phi]':f}, np.sum((f-y)**2), fn='L')
