from h import *
rng=np.random.default_rng(1897); n,m=3,4; a=rng.uniform(size=n); b=rng.uniform(size=m); v=rng.uniform(size=m); K=rng.uniform(size=(n,m)); p=1/1.5
u=(a/(K@v))**p; v2=(b/(K.T@u))**p
run('c1897_unbalanced_sinkhorn', {r'\mathbf{a}':a, r'\mathbf{b}':b, r'\mathbf{v}':v, r'\mathbf{K}':K}, v2, fn=r'\mathbf{v}')
