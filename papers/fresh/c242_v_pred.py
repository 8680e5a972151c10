from h import *
rng=np.random.default_rng(242); e,x=rng.normal(size=5),rng.normal(size=5); a,s=0.8,0.6
run('c242_v_pred', {r'\boldsymbol{\epsilon}':e,r'\mathbf{x}':x,r'\alpha_t':a,r'\sigma_t':s}, (a*T(e)-s*T(x)).numpy())
