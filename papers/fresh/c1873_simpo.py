from h import *
lw,ll,nw,nl,b,g=-12.0,-20.0,6,8,2.0,0.5; z=b/nw*lw-b/nl*ll-g
# the run asks for the policy's values pi_theta(y|x) (W0190) and the lengths as y_w, y_l (|y_w| of a number)
run('c1873_simpo', {r'\pi_\theta(y_w|x)':np.exp(lw),r'\pi_\theta(y_l|x)':np.exp(ll),'y_w':nw,'y_l':nl,r'\beta':b,r'\gamma':g}, np.log1p(np.exp(-z)), fn=r'\mathcal{L}_{\mathrm{SimPO}}')
