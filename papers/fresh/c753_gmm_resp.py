from h import *
rng=np.random.default_rng(753); N,K=5,3; pi=rng.dirichlet(np.ones(K)); dens=rng.uniform(0.1,2,size=(N,K))
num=pi[None,:]*dens
run('c753_gmm_resp', {r'\pi':pi, r'\mathcal{N}(\mathbf{x}_n | \boldsymbol{\mu}_k, \boldsymbol{\Sigma}_k)':dens}, num/num.sum(1,keepdims=True), fn=r'\gamma(z_{nk})')
