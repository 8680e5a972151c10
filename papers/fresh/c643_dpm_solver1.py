from h import *
rng=np.random.default_rng(643); D=5
x,e=rng.normal(size=D),rng.normal(size=D); a1,a0,s1,l1,l0=0.8,0.7,0.6,0.3,-0.1
run('c643_dpm_solver1', {r'\tilde{x}_{t_{i-1}}':x, r'\epsilon_\theta(\tilde{x}_{t_{i-1}}, t_{i-1})':e, r'\alpha_{t_i}':a1, r'\alpha_{t_{i-1}}':a0, r'\sigma_{t_i}':s1, r'\lambda_{t_i}':l1, r'\lambda_{t_{i-1}}':l0}, a1/a0*x-s1*(np.exp(l1-l0)-1)*e, fn=r'\tilde{x}_{t_i}')
