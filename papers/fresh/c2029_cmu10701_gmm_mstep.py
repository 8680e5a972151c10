from h import *
rng=np.random.default_rng(2029); n,K,d=7,3,2; X=rng.normal(size=(n,d)); G=rng.random((n,K)); G/=G.sum(1,keepdims=True)
Nk=G.sum(0); mu=(G.T@X)/Nk[:,None]; S=np.stack([((X-mu[k]).T*G[:,k])@(X-mu[k])/Nk[k] for k in range(K)])
inp={r'\gamma':G, r'\mathbf{x}_i':X}
run('c2029_cmu10701_gmm_mstep', inp, mu, fn=r'\boldsymbol{\mu}')
run('c2029_cmu10701_gmm_mstep', inp, S, fn=r'\boldsymbol{\Sigma}')
