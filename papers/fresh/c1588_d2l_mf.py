from h import *
rng=np.random.default_rng(1588); m,n,k=4,5,3; P=rng.normal(size=(m,k)); Q=rng.normal(size=(n,k)); bu=rng.normal(size=m); bi=rng.normal(size=n)
run('c1588_d2l_mf', {r'\mathbf{P}':P, r'\mathbf{Q}':Q, 'b_u':bu, 'b_i':bi}, P@Q.T+bu[:,None]+bi[None,:], fn=r'\hat{\mathbf{R}}')
