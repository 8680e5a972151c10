from h import *
rng=np.random.default_rng(889); k=3; a,mu=rng.normal(size=k),rng.normal(size=k); sg=rng.uniform(0.5,2,size=k)
e=torch.distributions.Normal(T(mu),T(sg)).log_prob(T(a)).sum()
run('c889_gaussian_policy_logprob', {'a':a,r'\mu':mu,r'\sigma':sg}, e.numpy())
