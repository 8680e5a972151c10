from h import *
t,m,s=0.3,0.2,1.1
lg=np.log(t/(1-t))
run('c1047_sd3_logit_normal', {'t':t,'m':m,'s':s}, np.array(1/(s*np.sqrt(2*np.pi))/(t*(1-t))*np.exp(-(lg-m)**2/(2*s*s))), fn=r'\pi_{\text{ln}}')
