from h import *
rng=np.random.default_rng(1344); ns,d,m=6,4,3; Phi=rng.normal(size=(ns,d)); w=rng.normal(size=d); th=rng.normal(size=m); gl=rng.normal(size=m)
s,s1,R,g,I,aw,at=2,5,0.4,0.9,0.81,0.1,0.05
dl=R+g*w@Phi[s1]-w@Phi[s]
run('c1344_sb_actor_critic', {r'\Phi':Phi,r'\mathbf{w}':w,r'\boldsymbol{\theta}':th,r'\nabla \ln \pi(A|S,\boldsymbol{\theta})':gl,'S':s,"S'":s1,'R':R,r'\gamma':g,'I':I,r'\alpha^{\mathbf{w}}':aw,r'\alpha^{\boldsymbol{\theta}}':at},
    {r'\mathbf{w}':w+aw*dl*Phi[s], r'\boldsymbol{\theta}':th+at*I*dl*gl}, fn=[r'\mathbf{w}',r'\boldsymbol{\theta}'])
