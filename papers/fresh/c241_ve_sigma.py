from h import *
t=np.array([0.0,0.25,0.5,1.0]); smin,smax=0.01,50.0
run('c241_ve_sigma', {'t':t,r'\sigma_{\min}':smin,r'\sigma_{\max}':smax}, smin*(smax/smin)**t, fn=r'\sigma')
