from h import *
rng=np.random.default_rng(1859); N=3; A=T(-np.eye(N)*1.0+0.2*rng.normal(size=(N,N))); B=T(rng.normal(size=(N,1))); dl=0.4
Ab=torch.linalg.matrix_exp(dl*A); Bb=torch.linalg.inv(dl*A)@(Ab-torch.eye(N,dtype=torch.float64))@(dl*B)
run('c1859_mamba_zoh', {r'\Delta':dl,'A':A.numpy(),'B':B.numpy()}, {'A_bar':Ab.numpy(),'B_bar':Bb.numpy()}, fn=[r'\overline{A}',r'\overline{B}'])
