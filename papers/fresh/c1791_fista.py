from h import *
rng=np.random.default_rng(1791); n=4; xk=rng.normal(size=n); xm=rng.normal(size=n); tk=2.3; t1=(1+np.sqrt(1+4*tk*tk))/2
run('c1791_fista', {r'\mathbf{x}_k':xk, r'\mathbf{x}_{k-1}':xm, 't_k':tk}, xk+(tk-1)/t1*(xk-xm), fn=r'\mathbf{y}_{k+1}')
