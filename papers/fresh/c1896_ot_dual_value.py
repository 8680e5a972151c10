from h import *
rng=np.random.default_rng(1896); n,m=3,4; f=rng.normal(size=n)*0.3; g=rng.normal(size=m)*0.3; a=rng.dirichlet(np.ones(n)); b=rng.dirichlet(np.ones(m)); K=rng.uniform(size=(n,m)); e=0.5
run('c1896_ot_dual_value', {r'\mathbf{f}':f, r'\mathbf{a}':a, r'\mathbf{g}':g, r'\mathbf{b}':b, r'\mathbf{K}':K}, np.array(f@a+g@b-e*np.exp(f/e)@K@np.exp(g/e)), fn='D')
