from h import *
rng=np.random.default_rng(1423); d=4
x,x0,x1,v=(rng.normal(size=d) for _ in range(4)); t,sm=0.4,1e-2
run('c1423_cfm_ot', {'x':x,'x_0':x0,'x_1':x1,r'v_t(\psi_t(x_0))':v,'t':t,r'\sigma_{\min}':sm},
    {'u_t':(x1-(1-sm)*x)/(1-(1-sm)*t), 'l_cal_CFM':np.array(np.sum((v-(x1-(1-sm)*x0))**2))}, fn=['u_t',r'\mathcal{L}_{\mathrm{CFM}}'])
