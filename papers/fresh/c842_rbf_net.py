from h import *
rng=np.random.default_rng(842); d,N=3,5
x=rng.normal(size=d); c=rng.normal(size=(N,d)); a=rng.normal(size=N); b=0.8
run('c842_rbf_net', {r'\mathbf{x}':x,r'\mathbf{c}':c,'a':a,r'\beta':b}, (a*np.exp(-b*((x-c)**2).sum(1))).sum())
