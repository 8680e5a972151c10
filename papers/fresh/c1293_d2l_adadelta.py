from h import *
rng=np.random.default_rng(1293); d=5; s=rng.uniform(size=d); dx=rng.uniform(size=d); x=rng.normal(size=d); g=rng.normal(size=d); rho,eps=0.9,1e-5
st=rho*s+(1-rho)*g**2; gp=np.sqrt(dx+eps)/np.sqrt(st+eps)*g; xt=x-gp; dxt=rho*dx+(1-rho)*gp**2
I={'\\mathbf{s}_{t-1}':s,'\\Delta\\mathbf{x}_{t-1}':dx,'\\mathbf{x}_{t-1}':x,'\\mathbf{g}_t':g,'\\rho':rho,'\\epsilon':eps}
run('c1293_d2l_adadelta', I, xt, fn='\\mathbf{x}_t')
run('c1293_d2l_adadelta', I, dxt, fn='\\Delta \\mathbf{x}_t')
