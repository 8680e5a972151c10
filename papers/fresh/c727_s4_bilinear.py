from h import *
rng=np.random.default_rng(727); N=4
A=rng.normal(size=(N,N)); B=rng.normal(size=(N,1)); C=rng.normal(size=(1,N)); dl=0.1
I=torch.eye(N); inv=torch.linalg.inv(I-dl/2*T(A))
run('c727_s4_bilinear', {'A':A,'B':B,'C':C,r'\Delta':dl}, {'a_bar':(inv@(I+dl/2*T(A))).numpy(),'b_bar':(inv@(dl*T(B))).numpy()}, fn=[r'\overline{A}',r'\overline{B}'])
