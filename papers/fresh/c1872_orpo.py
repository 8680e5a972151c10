from h import *
pw,pl=0.3,0.1; ow=pw/(1-pw); ol=pl/(1-pl)
run('c1872_orpo', {'P_\\theta(y_w|x)':pw,'P_\\theta(y_l|x)':pl}, -np.log(1/(1+np.exp(-np.log(ow/ol)))), fn=r'\mathcal{L}_{OR}')
