from h import *
pp,pn,pr,dl,lam=0.3,0.2,0.4,1.0,0.5
run('c1417_slic_hf', {r'P_\theta(y^+|x)':pp,r'P_\theta(y^-|x)':pn,r'P_\theta(y_{\mathrm{ref}}|x)':pr,r'\delta':dl,r'\lambda':lam},
    np.array(max(0,dl-np.log(pp)+np.log(pn))-lam*np.log(pr)))
