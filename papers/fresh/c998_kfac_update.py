from h import *
rng=np.random.default_rng(998); n,m=3,4; a=rng.normal(size=(n,n)); A=a@a.T+n*np.eye(n); g=rng.normal(size=(m,m)); G=g@g.T+m*np.eye(m); V=rng.normal(size=(m,n))
run('c998_kfac_update', {r'\bar{A}_{i-1,i-1}':A, 'G_{i,i}':G, 'V_i':V}, np.linalg.inv(G)@V@np.linalg.inv(A))
