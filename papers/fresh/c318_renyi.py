from h import *
rng=np.random.default_rng(318); p=rng.random(6); p/=p.sum(); a=2.5
run('c318_renyi', {'p':p,r'\alpha':a}, np.array(torch.log((T(p)**a).sum())/(1-a)), fn=r'H_\alpha')
