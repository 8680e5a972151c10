from h import *
rng=np.random.default_rng(569); N=4
A=-np.diag(rng.uniform(0.5,2,size=N))+0.1*rng.normal(size=(N,N)); B=rng.normal(size=(N,1)); D=0.3
Ab=torch.linalg.matrix_exp(T(D*A)); Bb=torch.linalg.inv(T(D*A))@(Ab-torch.eye(N))@(D*T(B))
# eqc rejects this (E0270: the matrix exponential is not computed); a wrong element-wise exp would be MISMATCH
run('c569_mamba_zoh', {'A':A,'B':B,r'\Delta':D}, Ab.numpy(), fn=r'\bar{A}')
