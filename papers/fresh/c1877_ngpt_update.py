from h import *
rng=np.random.default_rng(1877); h,hA=rng.normal(size=4),rng.normal(size=4); a=rng.uniform(0,1,4); v=h+a*(hA-h)
run('c1877_ngpt_update', {r'\mathbf{h}':h, r'\mathbf{h}_A':hA, r'\boldsymbol{\alpha}_A':a}, v/np.linalg.norm(v), fn=r'\mathbf{h}')
