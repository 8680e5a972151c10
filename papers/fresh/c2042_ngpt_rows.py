from h import *
rng=np.random.default_rng(2042); Tn,d=3,4
h_=rng.normal(size=(Tn,d)); hA=rng.normal(size=(Tn,d)); a=rng.uniform(0,.5,size=d)
u=h_+a*(hA-h_); out=u/np.linalg.norm(u,axis=1,keepdims=True)
run('c2042_ngpt_rows', {r'\mathbf{h}':h_, r'\mathbf{h}_A':hA, r'\boldsymbol{\alpha}_A':a}, out)
