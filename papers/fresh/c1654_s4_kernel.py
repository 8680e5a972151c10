from h import *
rng=np.random.default_rng(1654); N,L=3,5; A=rng.normal(size=(N,N))*0.5; B=rng.normal(size=(N,1)); C=rng.normal(size=(1,N))
out=torch.stack([(T(C)@torch.linalg.matrix_power(T(A),i)@T(B)).squeeze() for i in range(L)])
run('c1654_s4_kernel', {r'\overline{\boldsymbol{A}}':A, r'\overline{\boldsymbol{B}}':B, r'\overline{\boldsymbol{C}}':C}, out.numpy(), dims={'L':L})
