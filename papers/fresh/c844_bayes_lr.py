from h import *
rng=np.random.default_rng(844); N,M=7,3
P=rng.normal(size=(N,M)); t=rng.normal(size=N); a=0.5; b=2.0
S=np.linalg.inv(a*np.eye(M)+b*P.T@P)
run('c844_bayes_lr', {r'\Phi':P,r'\mathbf{t}':t,r'\alpha':a,r'\beta':b}, b*S@P.T@t, fn=r'\mathbf{m}_N')
