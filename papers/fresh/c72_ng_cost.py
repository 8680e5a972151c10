from h import *
rng=np.random.default_rng(72); m,n=6,3; x,y,th=rng.normal(size=(m,n)),rng.normal(size=m),rng.normal(size=n)
run('c72_ng_cost', {'x':x,'y':y,'\\theta':th}, (((T(x)@T(th)-T(y))**2).sum()/(2*m)).numpy())
