from h import *
rng=np.random.default_rng(334); d=5; x0,x1=rng.normal(size=d),rng.normal(size=d); s,t=1e-2,0.3
inp={'x_0':x0,'x_1':x1,r'\sigma_{\min}':s,'t':t}
run('c334_flow_matching_ot', inp, (1-(1-s)*t)*x0+t*x1, fn=r'\psi_t')
run('c334_flow_matching_ot', inp, x1-(1-s)*x0, fn='u_t')
