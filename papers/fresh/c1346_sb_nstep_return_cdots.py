from h import *
rng=np.random.default_rng(1346); Tn,ns=8,5; R=rng.normal(size=Tn); S=rng.integers(0,ns,size=Tn+1); V=rng.normal(size=ns); t,n,g=2,3,0.9
e=sum(g**(k-1)*R[t+k-1] for k in range(1,n+1))+g**n*V[S[t+n]]
run('c1346_sb_nstep_return_cdots', {'R':R,'S':S,'V_{t+n-1}':V,'t':t,'n':n,r'\gamma':g}, np.array(e), fn='G_{t:t+n}')
