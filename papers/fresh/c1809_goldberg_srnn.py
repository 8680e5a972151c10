from h import *
rng=np.random.default_rng(1809); dx,ds=3,4; x=rng.normal(size=dx); s=rng.normal(size=ds); Wx=rng.normal(size=(dx,ds)); Ws=rng.normal(size=(ds,ds)); b=rng.normal(size=ds)
run('c1809_goldberg_srnn', {r'\mathbf{x}_i':x, r'\mathbf{s}_{i-1}':s, r'\mathbf{W}^x':Wx, r'\mathbf{W}^s':Ws, r'\mathbf{b}':b}, np.tanh(s@Ws+x@Wx+b), fn=r'\mathbf{s}_i')
