from h import *
rng=np.random.default_rng(1294); d=4; v=rng.normal(size=d); s=rng.uniform(size=d); g=rng.normal(size=d); x=rng.normal(size=d); b1,b2,eta,eps,t=0.9,0.999,0.01,1e-6,3
vt=b1*v+(1-b1)*g; st=b2*s+(1-b2)*g**2; vh=vt/(1-b1**t); sh=st/(1-b2**t); gp=eta*vh/(np.sqrt(sh)+eps)
I={'\\mathbf{v}_{t-1}':v,'\\mathbf{s}_{t-1}':s,'\\mathbf{g}_t':g,'\\mathbf{x}_{t-1}':x,'\\beta_1':b1,'\\beta_2':b2,'\\eta':eta,'\\epsilon':eps,'t':t}
run('c1294_d2l_adam', I, x-gp, fn='\\mathbf{x}_t')
