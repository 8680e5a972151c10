from h import *
# the inputs are log-probabilities' arguments: P_theta(.|x) sequence probabilities
pp,pm,pr=0.3,0.2,0.4
out=max(0.0,1-np.log(pp)+np.log(pm))-0.5*np.log(pr)
run('c1632_slic_hf', {r'P_\theta(y^+|x)':pp, r'P_\theta(y^-|x)':pm, r'P_\theta(y_{\text{ref}}|x)':pr}, np.array(out), fn=r'\mathcal{L}')
