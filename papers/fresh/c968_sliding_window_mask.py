from h import *
rng=np.random.default_rng(968); n=6; S=rng.normal(size=(n,n))
i=np.arange(n)[:,None]; j=np.arange(n)[None,:]
M=np.where((i-3<j)&(j<=i),0.0,-np.inf)
run('c968_sliding_window_mask', {'S':S}, torch.softmax(T(S+M),-1).numpy(), fn='A')
