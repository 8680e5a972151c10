from h import *
rng=np.random.default_rng(1723); A=rng.normal(size=(3,4)); f=np.sqrt((A**2).sum())
run('c1723_gbc_frobenius', {r'\boldsymbol{A}':A}, {'f_1':np.array(f),'f_2':np.array(f)}, fn=['F_1','F_2'])
