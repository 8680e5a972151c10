from h import *
s=np.array([0.1,0.35,0.5,0.8,0.95]); a,b,c=1.5,0.7,-0.2
run('c1893_beta_calibration', {'s':s}, 1/(1+1/(np.exp(c)*s**a/(1-s)**b)), fn=r'\mu_{beta}')
