from h import *
s,sd=1.7,0.5
run('c1858_edm_precond', {r'\sigma':s, r'\sigma_{data}':sd}, {'c_skip':sd**2/(s*s+sd*sd),'c_out':s*sd/np.sqrt(s*s+sd*sd),'c_in':1/np.sqrt(s*s+sd*sd),'c_noise':0.25*np.log(s)},
    fn=['c_{skip}','c_{out}','c_{in}','c_{noise}'])
