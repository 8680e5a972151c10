from h import *
rng=np.random.default_rng(792); n=4
A=rng.normal(size=(n,n)); b=rng.normal(size=n); xk=rng.normal(size=n); xp=rng.normal(size=n); a,be=0.1,0.9
run('c792_heavy_ball', {'A':A,'b':b,'x_k':xk,'x_{k-1}':xp,r'\alpha':a,r'\beta':be}, xk-a*(0.5*(A+A.T)@xk-b)+be*(xk-xp))
