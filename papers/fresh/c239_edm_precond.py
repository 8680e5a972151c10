from h import *
s=np.array([0.002,0.1,0.5,1.0,10.0,80.0]); S=T(s); sd=0.5
run('c239_edm_precond', {r'\sigma':s}, {'c_skip':(sd**2/(S**2+sd**2)).numpy(),'c_out':(S*sd/(sd**2+S**2).sqrt()).numpy(),
    'c_in':(1/(S**2+sd**2).sqrt()).numpy(),'c_noise':(0.25*S.log()).numpy()}, fn=['c_{skip}','c_{out}','c_{in}','c_{noise}'])
