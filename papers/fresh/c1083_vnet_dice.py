from h import *
rng=np.random.default_rng(1083); N=10; p=rng.uniform(0,1,N); g=(rng.random(N)<.4).astype(float)
out=2*(T(p)*T(g)).sum()/((T(p)**2).sum()+(T(g)**2).sum())
run('c1083_vnet_dice', {'p':p,'g':g}, out.numpy())
