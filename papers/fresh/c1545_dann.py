from h import *
rng=np.random.default_rng(1545); n,n2=5,4; N=n+n2; Ly=rng.random(n); Ld=rng.random(N); lam=0.3
run('c1545_dann', {'L_y':Ly,'L_d':Ld,"n'":n2,r'\lambda':lam}, Ly.mean()-lam*(Ld[:n].mean()+Ld[n:].sum()/n2), fn='E')
