from h import *
rng=np.random.default_rng(874); n0,n1,d=6,3,4; S=rng.random((n0,n1)); Z=rng.normal(size=(n0,d)); A=rng.random((n0,n0))
run('c874_diffpool', {'S^{(l)}':S,'Z^{(l)}':Z,'A^{(l)}':A}, {'x_l1':(T(S).T@T(Z)).numpy(),'a_l1':(T(S).T@T(A)@T(S)).numpy()}, fn=['X^{(l+1)}','A^{(l+1)}'])
