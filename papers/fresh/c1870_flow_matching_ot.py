from h import *
rng=np.random.default_rng(1870); x,x1=rng.normal(size=3),rng.normal(size=3); t,s=0.4,0.01
run('c1870_flow_matching_ot', {'x':x,'x_1':x1,'t':t,r'\sigma_{\min}':s}, {'psi_t':(1-(1-s)*t)*x+t*x1,'u_t':(x1-(1-s)*x)/(1-(1-s)*t)}, fn=[r'\psi_t','u_t'])
