from h import *
rng=np.random.default_rng(1970); P,H=4,3
lam=-rng.uniform(0.5,2,size=P); L=np.diag(lam); B=rng.normal(size=(P,H)); dt=0.3
Lb=torch.linalg.matrix_exp(T(L)*dt); Bb=torch.linalg.inv(T(L))@(Lb-torch.eye(P))@T(B)
run('c1970_s5_zoh', {r'\mathbf{\Lambda}':L, r'\mathbf{B}':B, r'\Delta':dt}, Bb.numpy(), fn=r'\overline{\mathbf{B}}')
