from h import *
rng=np.random.default_rng(212); N,H,W=8,3,4; a=rng.normal(size=(N,H,W))*10
A=T(a); out=torch.zeros_like(A)
for i in range(N):
    lo,hi=max(0,i-2),min(N-1,i+2)   # n/2 = 2 (n = 5, integer division as in the paper's code)
    out[i]=A[i]/(2+1e-4*(A[lo:hi+1]**2).sum(0))**0.75
run('c212_lrn', {'a':a}, out.numpy(), fn='b')
