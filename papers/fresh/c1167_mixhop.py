from h import *
rng=np.random.default_rng(1167); n,d,s=5,3,2; A=rng.uniform(0,1,(n,n)); H=rng.normal(size=(n,d)); W=[rng.normal(size=(d,s)) for _ in range(3)]
exp=np.concatenate([np.maximum(np.linalg.matrix_power(A,j)@H@W[j],0) for j in range(3)],1)
run('c1167_mixhop', {r'\hat{A}':A,'H^{(i)}':H,'W_0^{(i)}':W[0],'W_1^{(i)}':W[1],'W_2^{(i)}':W[2]}, exp)
