from h import *
rng=np.random.default_rng(1111); n=5; S=rng.normal(size=(n,n))
i=np.arange(n)[:,None]; j=np.arange(n)[None,:]
M=np.where((i-2<j)&(j<=i),0.0,-np.inf)
run('c1111_window_indicator', {'S':S}, torch.softmax(T(S+M),-1).numpy(), fn='A')
run('c1111_window_indicator', {'S':S}, M, fn='M')
