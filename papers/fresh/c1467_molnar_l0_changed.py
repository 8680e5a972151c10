from h import *
x=np.array([1.,2.,3.,4.,5.]); xp=np.array([1.,0.,3.,7.,5.])
run('c1467_molnar_l0_changed', {r'\mathbf{x}':x, r"\mathbf{x'}":xp}, np.array(2.0), fn='o_3')
