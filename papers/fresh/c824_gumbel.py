from h import *
rng=np.random.default_rng(824); k=5
pi=rng.dirichlet(np.ones(k)); g=rng.gumbel(size=k); tau=0.5
run('c824_gumbel', {r'\pi':pi,'g':g,r'\tau':tau}, torch.softmax(T((np.log(pi)+g)/tau),0).numpy())
