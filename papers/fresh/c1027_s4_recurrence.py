from h import *
rng=np.random.default_rng(1027); N,L=3,5; A=rng.normal(size=(N,N))*0.5; B=rng.normal(size=(N,1)); C=rng.normal(size=(1,N)); u=rng.normal(size=L)
x=torch.zeros(N,1); ys=[]
for k in range(L):
    x=T(A)@x+T(B)*u[k]; ys.append(T(C)@x)
run('c1027_s4_recurrence', {r'\bar{A}':A,r'\bar{B}':B,'C':C,'u':u}, torch.stack(ys).numpy(), fn='y')
