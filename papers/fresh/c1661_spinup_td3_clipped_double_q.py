from h import *
q=np.array([1.3,0.7]); r=0.4; d=0.0; g=0.9
run('c1661_spinup_td3_clipped_double_q', {'r':r, 'd':d, r'\gamma':g, r"Q_{\phi_{i, \text{targ}}}(s', a'(s'))":q}, r+g*(1-d)*q.min(), fn='y')
