from h import *
rng=np.random.default_rng(1269); K,M,D=4,3,2; N0=rng.uniform(1,5,size=K); n=np.array([3,1,0,2.]); m0=rng.normal(size=(K,D)); E=rng.normal(size=(K,M,D))
for i in range(K): E[i,int(n[i]):]=0
g=0.99; N1=N0*g+n*(1-g); m1=m0*g+E.sum(1)*(1-g)
run('c1269_vqvae_ema', {'N^{(t-1)}':N0,'n^{(t)}':n,'m^{(t-1)}':m0,'E(x)^{(t)}':E,r'\gamma':g}, m1/N1[:,None], fn='e')
