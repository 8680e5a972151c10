from h import *
rng=np.random.default_rng(994); p,K=3,4; x=rng.normal(size=p); mu=rng.normal(size=(K,p)); L=rng.normal(size=(p,p)); S=L@L.T+p*np.eye(p); pi=rng.dirichlet(np.ones(K))
Si=np.linalg.inv(S)
run('c994_lda_esl', {'x':x, r'\mu':mu, r'\Sigma':S, r'\pi':pi}, mu@Si@x-0.5*np.einsum('kp,pq,kq->k',mu,Si,mu)+np.log(pi), fn=r'\delta_k')
