from h import *
s,sd=0.8,0.5
exp={r'c_{\text{skip}}':sd**2/(s**2+sd**2), r'c_{\text{out}}':s*sd/np.sqrt(sd**2+s**2), r'c_{\text{in}}':1/np.sqrt(s**2+sd**2), r'c_{\text{noise}}':0.25*np.log(s)}
for f,v in exp.items():
    run('c467_edm_precond', {r'\sigma':s, r'\sigma_{\text{data}}':sd}, np.array(v), fn=f)
