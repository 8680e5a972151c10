from h import *
rng=np.random.default_rng(932); n,d,K=5,3,4
Tm=rng.uniform(size=(n,n)); Tm=Tm/Tm.sum(1,keepdims=True); X=rng.normal(size=(n,d))
Tt,Xt=T(Tm),T(X)
Y=sum((1-0.05)*torch.linalg.matrix_power(Tt,k)@Xt+0.05*Xt for k in range(1,K+1))/K
run('c932_ssgc', {'\\tilde{T}':Tm,'X':X}, Y.numpy())
