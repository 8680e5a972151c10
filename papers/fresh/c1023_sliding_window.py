from h import *
rng=np.random.default_rng(1023); n,d,W=6,3,2; Q=rng.normal(size=(n,d)); K=rng.normal(size=(n,d))
i=torch.arange(n)[:,None]; j=torch.arange(n)[None,:]; keep=(j<=i)&(j>i-W)
s=(T(Q)@T(K).T/np.sqrt(d)).masked_fill(~keep,float('-inf'))
run('c1023_sliding_window', {'Q':Q,'K':K,'W':W}, torch.softmax(s,dim=1).numpy(), fn='A')
