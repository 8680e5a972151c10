from h import *
rng=np.random.default_rng(855); N,X,Y=7,3,2; a=rng.normal(size=(N,X,Y)); k,al,be=2.0,0.3,0.75
A=T(a); out=torch.zeros_like(A)
for i in range(N):
    lo=max(0,i-2); hi=min(N-1,i+2)   # j runs over the whole numbers in [i - 2.5, i + 2.5]
    out[i]=A[i]/(k+al*(A[lo:hi+1]**2).sum(0))**be
run('c855_lrn', {'a':a,'k':k,r'\alpha':al,r'\beta':be}, out.numpy(), fn='b')
