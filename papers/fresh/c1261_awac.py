from h import *
rng=np.random.default_rng(1261); B=6; lp=-rng.uniform(0.1,2,size=B); A=rng.normal(size=B); la=0.5
run('c1261_awac', {r'\log \pi_\theta(a_i | s_i)':lp,r'A^{\pi_k}(s_i, a_i)':A,r'\lambda':la}, np.array((lp*np.exp(A/la)).mean()))
