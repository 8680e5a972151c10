from h import *
r1,r2,r3,v,g=0.5,-1.0,2.0,0.7,0.9
run('c653_nstep_dots', {'R_{t+1}':r1,'R_{t+2}':r2,'R_{t+3}':r3,'V_{t+2}(S_{t+3})':v,r'\gamma':g}, np.array(r1+g*r2+g**2*r3+g**3*v), fn='G_{t:t+3}')
