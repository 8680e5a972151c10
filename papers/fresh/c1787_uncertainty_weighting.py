from h import *
L1,L2,s1,s2=0.8,2.3,0.7,1.6
run('c1787_uncertainty_weighting', {r'\mathcal{L}_1(W)':L1, r'\mathcal{L}_2(W)':L2, r'\sigma_1':s1, r'\sigma_2':s2}, np.array(L1/(2*s1**2)+L2/(2*s2**2)+np.log(s1)+np.log(s2)), fn=r'\mathcal{L}')
