from h import *
rng=np.random.default_rng(843); N,M=6,3
P=rng.normal(size=(N,M)); t=(rng.uniform(size=N)<0.5).astype(float); w=rng.normal(size=M)
y=1/(1+np.exp(-P@w))
run('c843_logreg_grad', {r'\Phi':P,r'\mathbf{t}':t,r'\mathbf{w}':w}, P.T@(y-t), fn=r'\nabla E')
