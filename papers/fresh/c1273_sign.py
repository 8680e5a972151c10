from h import *
rng=np.random.default_rng(1273); N,d,dp,c=5,3,2,4; A=rng.uniform(size=(N,N)); X=rng.normal(size=(N,d)); Th=[rng.normal(size=(d,dp)) for _ in range(3)]; Om=rng.normal(size=(3*dp,c))
Z=torch.relu(torch.cat([T(X@Th[0]),T(A@X@Th[1]),T(A@A@X@Th[2])],1))
run('c1273_sign', {r'\tilde{\mathbf{A}}':A,r'\mathbf{X}':X,r'\boldsymbol{\Theta}_0':Th[0],r'\boldsymbol{\Theta}_1':Th[1],r'\boldsymbol{\Theta}_2':Th[2],r'\boldsymbol{\Omega}':Om}, torch.softmax(Z@T(Om),1).numpy(), fn=r'\mathbf{Y}')
