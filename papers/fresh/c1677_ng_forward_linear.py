from h import *
rng=np.random.default_rng(1677); n1,n0,m=3,4,5; W=rng.normal(size=(n1,n0)); A=rng.normal(size=(n0,m)); b=rng.normal(size=(n1,1))
run('c1677_ng_forward_linear', {'W^{[l]}':W, 'A^{[l-1]}':A, 'b^{[l]}':b}, (T(W)@T(A)+T(b)).numpy(), fn='Z^{[l]}')
