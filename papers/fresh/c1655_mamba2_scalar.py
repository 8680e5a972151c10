from h import *
rng=np.random.default_rng(1655); Tn,N=5,3; a=rng.uniform(0.5,1,size=Tn); x=rng.normal(size=Tn); B=rng.normal(size=(Tn,N)); C=rng.normal(size=(Tn,N))
# the recurrence h_t = a_t h_{t-1} + B_t x_t, y_t = C_t^T h_t
h=torch.zeros(N); ys=[]
for t in range(Tn): h=a[t]*h+T(B[t])*x[t]; ys.append(T(C[t])@h)
run('c1655_mamba2_scalar', {'a':a,'x':x,'B':B,'C':C}, torch.stack(ys).numpy(), fn='y')
