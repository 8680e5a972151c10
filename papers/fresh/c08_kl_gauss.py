from h import *
rng=np.random.default_rng(8); d=5
m1,m2=rng.normal(size=d),rng.normal(size=d); s1,s2=rng.uniform(.5,2,size=d),rng.uniform(.5,2,size=d)
N=torch.distributions.Normal
exp=torch.distributions.kl_divergence(N(T(m1),T(s1)),N(T(m2),T(s2))).sum()
run('c08_kl_gauss', {'\\mu_1':m1,'\\sigma_1':s1,'\\mu_2':m2,'\\sigma_2':s2}, exp.numpy())
