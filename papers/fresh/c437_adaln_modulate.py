from h import *
rng=np.random.default_rng(437); Tt,D=4,6; x=rng.normal(size=(Tt,D)); hh=rng.normal(size=(Tt,D)); sh=rng.normal(size=D); sc=rng.normal(size=D); al=rng.normal(size=D)
run('c437_adaln_modulate', {'x':x,r'\mathrm{shift}':sh,r'\mathrm{scale}':sc,'h':hh,r'\alpha':al},
    {'m':(T(x)*(1+T(sc))+T(sh)).numpy(),'y':(T(x)+T(al)*T(hh)).numpy()}, fn=['m','y'])
