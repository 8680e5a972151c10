from h import *
rng=np.random.default_rng(1284); N,M=7,3; Phi=rng.normal(size=(N,M)); t=rng.normal(size=N); a,b=0.5,2.0
S=np.linalg.inv(a*np.eye(M)+b*Phi.T@Phi); m=b*S@Phi.T@t
run('c1284_blr_posterior', {'\\Phi':Phi,'\\mathbf{t}':t,'\\alpha':a,'\\beta':b}, m, fn='\\mathbf{m}_N')
