from h import *
q=np.array([0.2,-0.4]); p=0.35; a=0.2
run('c1664_spinup_sac_value_target', {r'Q_{\phi_i} (s, \tilde{a})':q, r'\pi_{\theta}(\tilde{a}|s)':p, r'\alpha':a}, q.min()-a*np.log(p), fn='y_v')
