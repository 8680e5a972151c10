from h import *
rng=np.random.default_rng(1340); ns,Tn=6,5; V=rng.normal(size=ns); S=rng.integers(0,ns,size=Tn+1); R=rng.normal(size=Tn); g=0.9
e=np.array([R[t]+g*V[S[t+1]]-V[S[t]] for t in range(Tn)])
run('c1340_sb_td_error_episode', {'V':V,'S':S,'R':R,r'\gamma':g}, e, fn=r'\delta')
