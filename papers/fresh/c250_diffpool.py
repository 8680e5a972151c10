from h import *
rng=np.random.default_rng(250); n,c,d=6,3,4; S,Z,A=rng.random((n,c)),rng.normal(size=(n,d)),rng.random((n,n))
run('c250_diffpool', {'S^{(l)}':S,'Z^{(l)}':Z,'A^{(l)}':A}, {'x_l1':(T(S).T@T(Z)).numpy(),'a_l1':(T(S).T@T(A)@T(S)).numpy()}, fn=['X^{(l+1)}','A^{(l+1)}'])
