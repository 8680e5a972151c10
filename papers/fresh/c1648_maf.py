from h import *
rng=np.random.default_rng(1648); D=4; u=rng.normal(size=D); x=rng.normal(size=D); mu=rng.normal(size=D); al=rng.normal(size=D)
run('c1648_maf', {r'\mathbf{u}':u, r'\mathbf{x}':x, r'\mu':mu, r'\alpha':al}, {'x':(T(u)*torch.exp(T(al))+T(mu)).numpy(), 'u':((T(x)-T(mu))*torch.exp(-T(al))).numpy()}, fn=['x','u'])
