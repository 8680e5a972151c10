from h import *
rng=np.random.default_rng(1); d,n=5,4
x=rng.normal(size=d); h=rng.normal(size=n)
Wz,Wr,W=[rng.normal(size=(n,d)) for _ in range(3)]; Uz,Ur,U=[rng.normal(size=(n,n)) for _ in range(3)]
s=torch.sigmoid
z=s(T(Wz)@T(x)+T(Uz)@T(h)); r=s(T(Wr)@T(x)+T(Ur)@T(h)); ht=torch.tanh(T(W)@T(x)+T(U)@(r*T(h)))
exp=(1-z)*T(h)+z*ht
run('c01_gru', dict(x_t=x,**{'h_{t-1}':h},W_z=Wz,W_r=Wr,W=W,U_z=Uz,U_r=Ur,U=U), exp.numpy())
