from h import *
t=np.array([0.002,0.1,1.0,5.0,80.0]); sd,eps=0.5,0.002
run('c2043_cm_cskip_juxt', {'t':t, r'\sigma_{data}':sd, r'\epsilon':eps}, {'c_skip':sd**2/((t-eps)**2+sd**2), 'c_out':sd*(t-eps)/np.sqrt(sd**2+t**2)}, fn=['c_{skip}','c_{out}'])
