from h import *
t,TT,s=37.0,100.0,0.008
f=lambda t: np.cos((t/TT+s)/(1+s)*np.pi/2)**2
run('c1055_cosine_schedule', {'t':t,'T':TT}, np.array(f(t)/f(0)), fn=r'\bar{\alpha}_t')
