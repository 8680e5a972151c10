from h import *
sd,e,t=0.5,0.002,1.3
run('c1878_consistency_cskip', {r'\sigma_{data}':sd,r'\epsilon':e,'t':t}, {'c_skip':sd**2/((t-e)**2+sd**2),'c_out':sd*(t-e)/np.sqrt(sd**2+t**2)}, fn=['c_{skip}','c_{out}'])
