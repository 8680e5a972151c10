from h import *
rng=np.random.default_rng(898); d=4; x0,x1=rng.normal(size=d),rng.normal(size=d); W=rng.normal(size=(d,d)); sm,t=0.01,0.3
X0,X1=T(x0),T(x1); psi=(1-(1-sm)*t)*X0+t*X1; u=(X1-(1-sm)*psi)/(1-(1-sm)*t)
L=((T(W)@psi-(X1-(1-sm)*X0))**2).sum()
run('c898_cfm_loss', {'x_0':x0,'x_1':x1,'W':W,r'\sigma_{\min}':sm,'t':t}, L.numpy())
