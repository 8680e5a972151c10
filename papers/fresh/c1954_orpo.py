from h import *
pw,pl,lam,sft=0.3,0.1,0.2,1.5
odds=lambda p: p/(1-p)
L=sft+lam*(-np.log(1/(1+np.exp(-np.log(odds(pw)/odds(pl))))))
run('c1954_orpo', {r'P_\theta(y_w|x)':pw, r'P_\theta(y_l|x)':pl, r'\lambda':lam, r'\mathcal{L}_{SFT}':sft}, L, fn=r'\mathcal{L}_{ORPO}')
