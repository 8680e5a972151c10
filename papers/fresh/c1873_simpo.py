from h import *
lw,ll,nw,nl,b,g=-12.0,-20.0,6,8,2.0,0.5; z=b/nw*lw-b/nl*ll-g
run('c1873_simpo', {r'\log \pi_\theta(y_w|x)':lw,r'\log \pi_\theta(y_l|x)':ll,'|y_w|':nw,'|y_l|':nl,r'\beta':b,r'\gamma':g}, np.log1p(np.exp(-z)), fn=r'\mathcal{L}_{\mathrm{SimPO}}')
