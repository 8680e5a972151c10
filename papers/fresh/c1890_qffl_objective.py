from h import *
p=np.array([0.2,0.5,0.3]); F=np.array([0.7,1.4,0.9])
run('c1890_qffl_objective', {'p':p,'F(w)':F}, np.array((p/3*F**3).sum()), fn='f_q')
