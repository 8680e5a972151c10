from h import *
rng=np.random.default_rng(2); D=3
A=rng.normal(size=(D,D)); S=A@A.T+D*np.eye(D); x=rng.normal(size=D); mu=rng.normal(size=D)
exp=torch.distributions.MultivariateNormal(T(mu),T(S)).log_prob(T(x))
run('c02_mvn_logpdf', {'\\mathbf{x}':x,'\\boldsymbol{\\mu}':mu,'\\boldsymbol{\\Sigma}':S}, exp.numpy())
