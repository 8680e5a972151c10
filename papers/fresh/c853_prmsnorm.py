from h import *
rng=np.random.default_rng(853); n=10; a=rng.normal(size=n); g=rng.uniform(.5,1.5,size=n); k=int(np.ceil(n*.25))
run('c853_prmsnorm', {r'\mathbf{a}':a, r'\mathbf{g}':g}, (T(a)/T(a[:k]**2).mean().sqrt()*T(g)).numpy(), fn=r'\bar{a}')
