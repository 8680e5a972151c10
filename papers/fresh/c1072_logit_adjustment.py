from h import *
rng=np.random.default_rng(1072); L=5; f=rng.normal(size=L); pi=rng.dirichlet(np.ones(L)); y=3; tau=1.0
z=T(f)+tau*torch.log(T(pi)); out=-torch.log_softmax(z,0)[y-1]
run('c1072_logit_adjustment', {'f(x)':f,r'\pi':pi,'y':y,r'\tau':tau}, out.numpy())
