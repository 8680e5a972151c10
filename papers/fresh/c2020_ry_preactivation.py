from h import *
rng=np.random.default_rng(2020); n1,n0,ND=3,4,5; W=rng.normal(size=(n1,n0)); b=rng.normal(size=n1); s=rng.normal(size=(n0,ND))
run('c2020_ry_preactivation', {r'W^{(\ell+1)}':W, r'b^{(\ell+1)}':b, r'\sigma^{(\ell)}':s}, b[:,None]+W@s)
