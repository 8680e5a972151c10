from h import *
rng=np.random.default_rng(1097); n,m,d=6,3,4; S=torch.softmax(T(rng.normal(size=(n,m))),1).numpy(); Z=rng.normal(size=(n,d)); A=rng.normal(size=(n,n))
run('c1097_diffpool', {'S^{(l)}':S,'Z^{(l)}':Z,'A^{(l)}':A}, {'x_l1':(T(S).T@T(Z)).numpy(), 'a_l1':(T(S).T@T(A)@T(S)).numpy()}, fn=['X^{(l+1)}','A^{(l+1)}'])
