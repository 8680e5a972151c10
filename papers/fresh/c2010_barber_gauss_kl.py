from h import *
rng=np.random.default_rng(2010); D=3
def spd(): A=rng.normal(size=(D,D)); return A@A.T/D+0.5*np.eye(D)
m1,m2=rng.normal(size=D),rng.normal(size=D); S1,S2=spd(),spd()
p=torch.distributions.MultivariateNormal(T(m1),T(S1)); q=torch.distributions.MultivariateNormal(T(m2),T(S2))
run('c2010_barber_gauss_kl', {r'\boldsymbol{\mu}_1':m1, r'\boldsymbol{\mu}_2':m2, r'\boldsymbol{\Sigma}_1':S1, r'\boldsymbol{\Sigma}_2':S2}, torch.distributions.kl_divergence(p,q).numpy())
