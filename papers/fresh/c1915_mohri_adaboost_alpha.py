from h import *
e=0.3
run('c1915_mohri_adaboost_alpha', {r'\epsilon_t':e}, {'alpha_t':np.array(0.5*np.log((1-e)/e)), 'z_t':np.array(2*np.sqrt(e*(1-e)))}, fn=[r'\alpha_t','Z_t'])
