from h import *
rng=np.random.default_rng(583); d=3
def spd(): M=rng.normal(size=(d,d)); return M@M.T+d*np.eye(d)
m1,m2=rng.normal(size=d),rng.normal(size=d); S1,S2=spd(),spd()
p=torch.distributions.MultivariateNormal(T(m1),T(S1)); q=torch.distributions.MultivariateNormal(T(m2),T(S2))
run('c583_kl_mvn', {r'\mu_1':m1,r'\mu_2':m2,r'\Sigma_1':S1,r'\Sigma_2':S2}, torch.distributions.kl_divergence(p,q).numpy(), fn='D_{KL}', rtol=1e-3)
