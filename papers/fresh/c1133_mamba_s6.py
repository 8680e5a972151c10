from h import *
rng=np.random.default_rng(1133); L,N=6,4; D=np.abs(rng.normal(size=L))*0.5; x=rng.normal(size=L); A=-np.abs(rng.normal(size=N)); B=rng.normal(size=(L,N)); C=rng.normal(size=(L,N))
h=torch.zeros(N); ys=[]
for t in range(L):
    h=torch.exp(D[t]*T(A))*h+D[t]*T(B[t])*x[t]; ys.append(T(C[t])@h)
run('c1133_mamba_s6', {r'\Delta':D,'x':x,'A':A,'B':B,'C':C}, torch.stack(ys).numpy(), fn='y')
