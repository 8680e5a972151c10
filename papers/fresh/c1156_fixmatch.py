from h import *
rng=np.random.default_rng(1156); N,K=6,4; q=rng.dirichlet(np.ones(K)*0.3,N); p=rng.dirichlet(np.ones(K),N); tau=0.6
lab=q.argmax(1); mask=(q.max(1)>=tau)
run('c1156_fixmatch', {'q':q,r'p_m(y \mid \mathcal{A}(u_b))':p,r'\tau':tau}, (mask*-np.log(p[np.arange(N),lab])).sum()/N, fn=r'\ell_u', dims={r'\mu':2,'B':3})
