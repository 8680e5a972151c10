from h import *
rng=np.random.default_rng(770); N,K=5,3; pi=rng.dirichlet(np.ones(K)); dens=rng.uniform(0.1,2,size=(N,K))
run('c770_gmm_loglik', {r'\pi':pi, r'\mathcal{N}(\mathbf{x}_n | \boldsymbol{\mu}_k, \boldsymbol{\Sigma}_k)':dens}, np.array(np.log(dens@pi).sum()))
