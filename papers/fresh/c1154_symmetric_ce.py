from h import *
rng=np.random.default_rng(1154); K=5; p=rng.dirichlet(np.ones(K)); q=0.9*np.eye(K)[1]+0.1/K; a,b=0.1,1.0
run('c1154_symmetric_ce', {'p(k|x)':p,'q(k|x)':q,r'\alpha':a,r'\beta':b}, a*-(q*np.log(p)).sum()+b*-(p*np.log(q)).sum(), fn=r'\ell_{sl}')
