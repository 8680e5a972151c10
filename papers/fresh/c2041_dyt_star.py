from h import *
rng=np.random.default_rng(2041); N,C=3,4
x=rng.normal(size=(N,C)); g,b=rng.normal(size=C),rng.normal(size=C); a=0.7
run('c2041_dyt_star', {'x':x, r'\gamma':g, r'\beta':b, r'\alpha':a}, g*np.tanh(a*x)+b, fn=r'\mathrm{DyT}')
