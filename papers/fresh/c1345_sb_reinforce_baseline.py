from h import *
rng=np.random.default_rng(1345); Tn,ns,d,m=7,6,4,3; R=rng.normal(size=Tn); Phi=rng.normal(size=(ns,d)); w=rng.normal(size=d); th=rng.normal(size=m); gl=rng.normal(size=m)
s,t,g,aw,at=3,2,0.9,0.1,0.05
G=sum(g**(k-t-1)*R[k-1] for k in range(t+1,Tn+1)); dl=G-w@Phi[s]
run('c1345_sb_reinforce_baseline', {'R':R,r'\Phi':Phi,r'\mathbf{w}':w,r'\boldsymbol{\theta}':th,r'\nabla \ln \pi(A_t|S_t,\boldsymbol{\theta})':gl,'S_t':s,'t':t,r'\gamma':g,r'\alpha^{\mathbf{w}}':aw,r'\alpha^{\boldsymbol{\theta}}':at},
    {'G':np.array(G), r'\mathbf{w}':w+aw*dl*Phi[s], r'\boldsymbol{\theta}':th+at*g**t*dl*gl}, fn=['G',r'\mathbf{w}',r'\boldsymbol{\theta}'])
